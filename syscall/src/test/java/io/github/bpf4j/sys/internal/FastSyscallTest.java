package io.github.bpf4j.sys.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.Memory;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The machine-code stub and the JNA fallback give the kernel's answer, argument for argument, error for error. */
class FastSyscallTest {

    private static final long NR_CLOSE = 3;
    private static final long NR_GETPID = 39;
    private static final long NR_GETRANDOM = 318;
    private static final long NR_BPF = 321;
    private static final long EBADF = 9;
    private static final long EINVAL = 22;

    private static boolean x86_64() {
        return Platform.isLinux() && Platform.isIntel() && Platform.is64Bit();
    }

    @Test
    void theStubIsInUseOnX86_64() {
        if (x86_64()) {
            assertThat(FastSyscall.usesStub()).as(FastSyscall.fallbackReason()).isTrue();
            assertThat(FastSyscall.fallbackReason()).isEmpty();
        } else {
            assertThat(FastSyscall.fallbackReason()).startsWith("no stub for ");
        }
    }

    @Test
    void getpidIsTheJvmsPid() {
        long pid = ProcessHandle.current().pid();
        assertThat(FastSyscall.call(NR_GETPID, 0, 0, 0)).isEqualTo(pid);
        assertThat(FastSyscall.callViaJna(NR_GETPID, 0, 0, 0)).isEqualTo(pid);
    }

    /** getrandom(buf, len, flags): the buffer, the length and the flags each change the result. */
    @Test
    void everyArgumentReachesTheKernel() {
        try (Memory buf = new Memory(64)) {
            buf.clear();
            long addr = Pointer.nativeValue(buf);
            assertThat(FastSyscall.call(NR_GETRANDOM, addr, 48, 0)).isEqualTo(48);
            assertThat(buf.getByteArray(0, 48)).isNotEqualTo(new byte[48]);
            assertThat(buf.getByteArray(48, 16)).isEqualTo(new byte[16]);
            assertThat(FastSyscall.callViaJna(NR_GETRANDOM, addr, 7, 0)).isEqualTo(7);
            assertThat(FastSyscall.call(NR_GETRANDOM, addr, 8, 0x1000)).isEqualTo(-EINVAL);
            assertThat(FastSyscall.callViaJna(NR_GETRANDOM, addr, 8, 0x1000)).isEqualTo(-EINVAL);
        }
    }

    @Test
    void errorsComeBackAsMinusErrno() {
        assertThat(FastSyscall.call(NR_CLOSE, -1, 0, 0)).isEqualTo(-EBADF);
        assertThat(FastSyscall.callViaJna(NR_CLOSE, -1, 0, 0)).isEqualTo(-EBADF);
        // bpf() with an unknown command: EINVAL whether or not the caller may use bpf()
        long r = FastSyscall.call(NR_BPF, 0x7fff, 0, 0);
        assertThat(r).isIn(-EINVAL, -1L /* EPERM without CAP_BPF */);
        assertThat(FastSyscall.callViaJna(NR_BPF, 0x7fff, 0, 0)).isEqualTo(r);
    }

    @Test
    void manyThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    long sum = 0;
                    for (int i = 0; i < 10_000; i++) {
                        sum += FastSyscall.call(NR_GETPID, 0, 0, 0);
                    }
                    return sum;
                }));
            }
            for (Future<Long> f : results) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isEqualTo(10_000 * ProcessHandle.current().pid());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** -Dbpf4j.syscall.stub=false turns the stub off (in a JVM of its own: the choice is made once per JVM). */
    @Test
    void theStubCanBeTurnedOff() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Dbpf4j.syscall.stub=false", "-cp", System.getProperty("java.class.path"),
                Probe.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String expected = x86_64() ? "turned off by -Dbpf4j.syscall.stub=false" : "no stub for";
        assertThat(out).startsWith("false " + expected).endsWith(" " + p.pid());
    }

    /** The child of {@link #theStubCanBeTurnedOff}: prints whether the stub is used, why not, and getpid. */
    static final class Probe {
        public static void main(String[] args) {
            System.out.println(FastSyscall.usesStub() + " " + FastSyscall.fallbackReason() + " "
                    + FastSyscall.call(NR_GETPID, 0, 0, 0));
        }
    }
}
