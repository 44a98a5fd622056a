package io.github.bpf4j.bench;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Exit;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.asm.Load;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.asm.Size;
import io.github.bpf4j.asm.StoreImm;
import io.github.bpf4j.asm.StoreReg;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.verifier.KernelProfile;
import io.github.bpf4j.verifier.ProgType;
import io.github.bpf4j.verifier.ProgramInput;
import io.github.bpf4j.verifier.Verdict;
import io.github.bpf4j.verifier.Verifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The verifier simulator against the kernel's own {@code verification time} (log level 4, which times
 * {@code bpf_check} only): the programs are decoded in {@link #setup}, so that a measured call is the
 * simulation alone, as the kernel's figure is verification alone.
 *
 * <p>{@code corpus} simulates every program of testdata/verifier/corpus once (with the types and maps of their
 * headers, as {@code record.sh} loads them); {@code straight} one {@link #straightLine} program of 4,000
 * instructions. compare.sh loads the same programs at log level 4 and sums the kernel's times.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class VerifierBenchmark {

    /** The size of the straight-line program the issue sets a bar for. */
    public static final int STRAIGHT_COUNT = 4000;

    /** The verifier of the kernel compared with. */
    @State(Scope.Benchmark)
    public static class Kernel {
        /**
         * {@code nr_cpu_ids} of the kernel compared with (it bounds {@code bpf_get_smp_processor_id()}); 0 reads
         * this machine's, as the kernel side of compare.sh runs here.
         */
        @Param("0")
        public int cpus;

        Verifier verifier;

        @Setup
        public void setup() throws IOException {
            KernelProfile profile = KernelProfile.linux618(cpus > 0 ? cpus : possibleCpus());
            // the tp_btf programs of the corpus are typed by the kernel's BTF, as the kernel side types them
            if (Files.isReadable(Btf.VMLINUX)) {
                profile = profile.withBtf(Btf.read(Btf.VMLINUX));
            }
            verifier = Verifier.forKernel(profile);
        }
    }

    /** The corpus programs, decoded. */
    @State(Scope.Benchmark)
    public static class Corpus {
        @Param("testdata/verifier/corpus")
        public String corpus;

        List<ProgramInput> programs;

        @Setup
        public void setup() throws IOException {
            programs = readCorpus(Path.of(corpus));
            if (programs.isEmpty()) {
                throw new IllegalStateException("no corpus programs (NAME.s + NAME.bin) in " + corpus);
            }
        }
    }

    /** The straight-line program, decoded, and checked to be accepted. */
    @State(Scope.Benchmark)
    public static class Straight {
        ProgramInput program;

        @Setup
        public void setup(Kernel kernel) {
            program = new ProgramInput(straightLine(STRAIGHT_COUNT, 7), ProgType.SOCKET_FILTER, null, List.of());
            Verdict v = kernel.verifier.verify(program);
            if (!v.accepted()) {
                throw new IllegalStateException("the straight-line program is rejected: " + v.message());
            }
        }
    }

    @Benchmark
    public void corpus(Kernel kernel, Corpus corpus, Blackhole bh) {
        for (ProgramInput p : corpus.programs) {
            bh.consume(kernel.verifier.verify(p));
        }
    }

    @Benchmark
    public Verdict straight(Kernel kernel, Straight straight) {
        return kernel.verifier.verify(straight.program);
    }

    /** The count in /sys/devices/system/cpu/possible ("0-N"), or 0 (unknown) where there is none. */
    static int possibleCpus() throws IOException {
        Path possible = Path.of("/sys/devices/system/cpu/possible");
        if (!Files.isReadable(possible)) {
            return 0;
        }
        String text = Files.readString(possible).strip();
        String last = text.substring(Math.max(text.lastIndexOf('-'), text.lastIndexOf(',')) + 1);
        return Integer.parseInt(last) + 1;
    }

    /**
     * Every {@code NAME.s} of {@code dir} that has its assembled {@code NAME.bin}, with the header line
     * {@code # type: T; maps: TYPE:K:V:N, ...; attach: A; attach_btf: NAME} giving the load options. Sorted by
     * name, which is the order compare.sh loads them in.
     */
    public static List<ProgramInput> readCorpus(Path dir) throws IOException {
        List<ProgramInput> out = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> s = Files.list(dir)) {
            sources = s.filter(f -> f.toString().endsWith(".s")).sorted().toList();
        }
        for (Path src : sources) {
            Path bin = Path.of(src.toString().replaceFirst("\\.s$", ".bin"));
            if (!Files.exists(bin)) {
                continue;
            }
            String header;
            try (Stream<String> lines = Files.lines(src)) {
                header = lines.findFirst().orElse("");
            }
            try {
                out.add(ProgramInput.ofHeader(Files.readAllBytes(bin), header));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(src + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Scalar registers of {@link #straightLine}: r6 holds the context, r10 is the frame pointer. */
    private static final Reg[] SCALARS = {Reg.of(0), Reg.of(1), Reg.of(2), Reg.of(3), Reg.of(4), Reg.of(5),
        Reg.of(7), Reg.of(8), Reg.of(9)};
    /** {@code __sk_buff} words a socket filter may read: len .. tc_index, then cb[0..4]. */
    private static final int[] CTX_WORDS = {0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40, 44, 48, 52, 56, 60, 64};
    private static final AluOp[] ALU_OPS = {AluOp.ADD, AluOp.SUB, AluOp.MUL, AluOp.OR, AluOp.AND, AluOp.XOR,
        AluOp.LSH, AluOp.RSH, AluOp.ARSH, AluOp.MOV, AluOp.DIV, AluOp.MOD};

    /**
     * A socket filter of {@code count} instructions without a jump, in the proportions of compiled code: the
     * context saved in r6, scalars from context fields and constants, 64- and 32-bit ALU with immediates and
     * registers, spills to the stack and fills from slots written before, and {@code exit} last. Seeded, so every
     * run sees the same program; the kernel accepts it (compare.sh checks that before timing it).
     */
    public static List<Insn> straightLine(int count, long seed) {
        if (count < SCALARS.length + 3) {
            throw new IllegalArgumentException("a straight-line program needs at least " + (SCALARS.length + 3)
                    + " instructions, not " + count);
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        Reg ctx = Reg.of(6);
        Reg fp = Reg.of(10);
        List<Insn> out = new ArrayList<>(count);
        out.add(Alu.reg(true, AluOp.MOV, ctx, Reg.of(1)));
        for (Reg r : SCALARS) {
            out.add(rnd.nextBoolean() ? Load.of(Size.W, r, ctx, CTX_WORDS[rnd.nextInt(CTX_WORDS.length)])
                    : Alu.imm(true, AluOp.MOV, r, rnd.nextInt(-1000, 1000)));
        }
        boolean[] written = new boolean[64];
        List<Integer> slots = new ArrayList<>();
        while (out.size() < count - 1) {
            Reg a = SCALARS[rnd.nextInt(SCALARS.length)];
            int pick = rnd.nextInt(100);
            if (pick < 32) {
                boolean alu64 = rnd.nextInt(4) != 0;
                AluOp op = ALU_OPS[rnd.nextInt(ALU_OPS.length)];
                int imm = switch (op) {
                    case LSH, RSH, ARSH -> rnd.nextInt(alu64 ? 64 : 32);
                    case DIV, MOD -> rnd.nextInt(1, 100);
                    default -> rnd.nextInt(-4096, 4096);
                };
                out.add(Alu.imm(alu64, op, a, imm));
            } else if (pick < 56) {
                out.add(Alu.reg(rnd.nextInt(4) != 0, ALU_OPS[rnd.nextInt(ALU_OPS.length)], a,
                        SCALARS[rnd.nextInt(SCALARS.length)]));
            } else if (pick < 72) {
                int slot = rnd.nextInt(written.length);
                if (!written[slot]) {
                    written[slot] = true;
                    slots.add(slot);
                }
                out.add(StoreReg.of(Size.DW, fp, -8 * (slot + 1), a));
            } else if (pick < 76) {
                int slot = rnd.nextInt(written.length);
                if (!written[slot]) {
                    written[slot] = true;
                    slots.add(slot);
                }
                out.add(StoreImm.of(Size.DW, fp, -8 * (slot + 1), rnd.nextInt(-100, 100)));
            } else if (pick < 90) {
                if (slots.isEmpty()) {
                    continue;
                }
                int slot = slots.get(rnd.nextInt(slots.size()));
                out.add(Load.of(rnd.nextInt(3) == 0 ? Size.W : Size.DW, a, fp, -8 * (slot + 1)));
            } else {
                out.add(Load.of(Size.W, a, ctx, CTX_WORDS[rnd.nextInt(CTX_WORDS.length)]));
            }
        }
        out.add(Exit.INSTANCE);
        return out;
    }

    /** Writes the little-endian encoding of {@link #straightLine}{@code (COUNT, 7)} to {@code OUT.bin}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: VerifierBenchmark COUNT OUT.bin");
            System.exit(2);
        }
        Files.write(Path.of(args[1]), InsnCodec.encode(straightLine(Integer.parseInt(args[0]), 7)));
    }
}
