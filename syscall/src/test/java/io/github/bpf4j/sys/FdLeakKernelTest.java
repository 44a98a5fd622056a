package io.github.bpf4j.sys;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.asm.Exit;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.elf.ProgType;
import io.github.bpf4j.sys.perf.PerfReader;
import io.github.bpf4j.sys.ring.RingReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * 10,000 cycles of load, attach, read and close, a tenth of the loads failing, leave {@code /proc/self/fd} as it was.
 * Attaching to a tracepoint costs the kernel ~70 ms on detach (tracepoint_synchronize_unregister), raw tracepoints
 * ~5 ms, so those run in every 1,000th and 100th cycle; loads, maps and ring readers in every one or fourth.
 */
@Tag("kernel")
class FdLeakKernelTest {

    private static final List<Insn> BAD = List.of(Exit.INSTANCE);

    @Test
    void cyclesLeaveTheFdTableUnchanged() throws IOException {
        KernelSupport.assumeTracefs();
        cycles(200); // warm up: class loading and JNA open what they keep
        Set<String> before = fds();
        cycles(10_000);
        Set<String> after = fds();
        assertThat(after).isEqualTo(before);
    }

    private static void cycles(int n) {
        for (int i = 0; i < n; i++) {
            if (i % 10 == 9) {
                try {
                    Program.load(ProgramSpec.of("bad", ProgType.SOCKET_FILTER, BAD)).close();
                    throw new AssertionError("the kernel accepted a program without r0 set");
                } catch (ProgramLoadException expected) {
                    assertThat(expected.insn()).isZero();
                }
                continue;
            }
            try (Program p = Program.load(ProgramSpec.of("ok", ProgType.SOCKET_FILTER, Progs.ret(1)))) {
                assertThat(p.testRun(TestRun.ofData(new byte[64])).retval()).isEqualTo(1);
            }
            if (i % 4 == 0) {
                try (BpfMap ring = BpfMap.create(MapSpec.ringbuf("leak", 4096));
                     RingReader r = RingReader.open(ring)) {
                    r.poll(Duration.ZERO, b -> { });
                }
            }
            if (i % 100 == 0) {
                try (Program p = Program.load(ProgramSpec.of("raw", ProgType.RAW_TRACEPOINT, Progs.ret(0)));
                     Link l = p.attachRawTracepoint("sched_switch")) {
                    assertThat(l.linkFd()).isPositive();
                }
            }
            if (i % 1000 == 0) {
                try (BpfMap events = BpfMap.create(MapSpec.perfEventArray("ev", 
                        io.github.bpf4j.sys.internal.Cpus.possibleCount()));
                     Program p = Program.load(ProgramSpec.of("tp", ProgType.TRACEPOINT,
                             Progs.pidTgidToPerf(events.fd())));
                     PerfReader r = PerfReader.open(events);
                     Link l = p.attachTracepoint("syscalls", "sys_enter_getpid")) {
                    assertThat(l.perfFd()).isPositive();
                    r.poll(Duration.ZERO, rec -> { });
                }
                // A failing attach must not leak its perf event either.
                try (Program p = Program.load(ProgramSpec.of("sf", ProgType.SOCKET_FILTER, Progs.ret(0)))) {
                    try {
                        p.attachTracepoint("syscalls", "sys_enter_getpid").close();
                        throw new AssertionError("a socket filter attached to a tracepoint");
                    } catch (BpfException expected) {
                        assertThat(expected.errno()).isEqualTo(Errno.EINVAL);
                    }
                }
            }
        }
    }

    private static Set<String> fds() throws IOException {
        Set<String> out = new TreeSet<>();
        try (Stream<Path> s = Files.list(Path.of("/proc/self/fd"))) {
            s.forEach(p -> {
                try {
                    out.add(p.getFileName() + " -> " + Files.readSymbolicLink(p));
                } catch (IOException e) {
                    // the fd used by the listing itself is gone by now
                }
            });
        }
        return out;
    }
}
