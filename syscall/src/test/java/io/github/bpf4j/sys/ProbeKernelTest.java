package io.github.bpf4j.sys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.Exit;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.Load;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.asm.Size;
import io.github.bpf4j.asm.StoreReg;
import io.github.bpf4j.elf.ProgType;
import io.github.bpf4j.sys.ring.RingReader;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("kernel")
class ProbeKernelTest {

    private static final boolean ARM = System.getProperty("os.arch").equals("aarch64");
    /** struct pt_regs offsets of the first two arguments and the return value. */
    private static final int ARG0 = ARM ? 0 : 112;
    private static final int ARG1 = ARM ? 8 : 104;
    private static final int RET = ARM ? 0 : 80;
    private static final int CALLS = 1000;

    @BeforeEach
    void kernel() {
        KernelSupport.assumeTracefs();
    }

    /** Copies {@code *(u64 *)(ctx + off_i)} for each offset to the stack and outputs them to the ring buffer. */
    static List<Insn> regsToRing(int ringFd, int... offs) {
        List<Insn> p = new ArrayList<>();
        int base = -8 * offs.length;
        for (int i = 0; i < offs.length; i++) {
            p.add(Load.of(Size.DW, Reg.R2, Reg.R1, offs[i]));
            p.add(StoreReg.of(Size.DW, Reg.R10, base + 8 * i, Reg.R2));
        }
        p.add(LoadImm64.mapFd(Reg.R1, ringFd));
        p.add(Progs.movReg(Reg.R2, Reg.R10));
        p.add(Alu.imm(true, AluOp.ADD, Reg.R2, base));
        p.add(Progs.mov(Reg.R3, 8 * offs.length));
        p.add(Progs.mov(Reg.R4, 0));
        p.add(Call.helper(Progs.RINGBUF_OUTPUT));
        p.add(Progs.mov(Reg.R0, 0));
        p.add(Exit.INSTANCE);
        return p;
    }

    @Test
    void uprobeAndUretprobeSeeEveryCallOnce(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("add.c");
        Files.writeString(src, """
                #include <stdio.h>
                #include <stdlib.h>
                __attribute__((noinline)) int add(int a, int b) { return a + b; }
                int main(int argc, char **argv) {
                    int n = atoi(argv[1]);
                    long sum = 0;
                    if (getchar() == EOF) return 2;
                    for (int i = 0; i < n; i++) sum += add(i, 2 * i);
                    printf("%ld\\n", sum);
                    return 0;
                }
                """);
        Path bin = dir.resolve("add");
        Process gcc;
        try {
            gcc = new ProcessBuilder("gcc", "-O0", "-o", bin.toString(), src.toString()).inheritIO().start();
        } catch (java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.<Void>abort("gcc is not installed (Debian package gcc)");
            return;
        }
        assertThat(gcc.waitFor()).isZero();
        try (BpfMap entries = BpfMap.create(MapSpec.ringbuf("entries", 256 * 1024));
             BpfMap returns = BpfMap.create(MapSpec.ringbuf("returns", 256 * 1024));
             Program entry = Program.load(ProgramSpec.of("add_entry", ProgType.KPROBE,
                     regsToRing(entries.fd(), ARG0, ARG1)));
             Program exit = Program.load(ProgramSpec.of("add_exit", ProgType.KPROBE, regsToRing(returns.fd(), RET)));
             RingReader in = RingReader.open(entries);
             RingReader out = RingReader.open(returns)) {
            Process child = new ProcessBuilder(bin.toString(), Integer.toString(CALLS)).start();
            try (Link l1 = entry.attachUprobe(UprobeTarget.of(bin, "add").forPid((int) child.pid()));
                 Link l2 = exit.attachUprobe(UprobeTarget.of(bin, "add").returning().forPid((int) child.pid()))) {
                assertThat(l1.target()).startsWith("uprobe ").contains(":add+0x");
                assertThat(l2.target()).startsWith("uretprobe ");
                try (OutputStream os = child.getOutputStream()) {
                    os.write('\n');
                }
                assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
                assertThat(child.exitValue()).isZero();
            }
            List<long[]> args = new ArrayList<>();
            List<Integer> rets = new ArrayList<>();
            while (in.poll(Duration.ofMillis(200), b -> args.add(new long[] {b.getLong(0), b.getLong(8)})) > 0) {
                // drained
            }
            while (out.poll(Duration.ofMillis(200), b -> rets.add((int) b.getLong(0))) > 0) {
                // drained
            }
            assertThat(args).hasSize(CALLS);
            assertThat(rets).hasSize(CALLS);
            for (int i = 0; i < CALLS; i++) {
                assertThat((int) args.get(i)[0]).isEqualTo(i);
                assertThat((int) args.get(i)[1]).isEqualTo(2 * i);
                assertThat(rets.get(i)).isEqualTo(3 * i);
            }
        }
    }

    @Test
    void uprobeOnAMissingSymbolSuggestsNames(@TempDir Path dir) throws Exception {
        Path bin = Path.of("/bin/true");
        try (Program p = Program.load(ProgramSpec.of("u", ProgType.KPROBE, Progs.ret(0)))) {
            BpfException e = assertThrows(BpfException.class,
                    () -> p.attachUprobe(UprobeTarget.of(bin, "no_such_function_bpf4j")));
            assertThat(e.errno()).isEqualTo(Errno.ENOENT);
            assertThat(e.getMessage()).contains("no_such_function_bpf4j", "/bin/true");
        }
    }

    @Test
    void kprobeEndsInThePreciseNotAvailableError() {
        assumeTrue(KernelFacts.kprobeUnavailableReason() != null, "this kernel has kprobes");
        try (Program p = Program.load(ProgramSpec.of("kp", ProgType.KPROBE, Progs.ret(0)))) {
            FeatureUnavailableException e = assertThrows(FeatureUnavailableException.class,
                    () -> p.attachKprobe("sys_clone", 0, false));
            assertThat(e.feature()).isEqualTo("kprobes");
            assertThat(e.errno()).isEqualTo(Errno.ENOENT);
            assertThat(e.getMessage()).contains("kprobes are not available",
                    "no kprobe PMU in /sys/bus/event_source/devices", "no kprobe_events in");
            if (KernelFacts.config("CONFIG_KPROBES").orElse("").equals("n")) {
                assertThat(e.getMessage()).contains("built without CONFIG_KPROBES");
            }
        }
    }
}
