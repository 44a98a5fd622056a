package io.github.bpf4j.bench;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.AtomicOp;
import io.github.bpf4j.asm.Atomic;
import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.Endian;
import io.github.bpf4j.asm.EndianOp;
import io.github.bpf4j.asm.Exit;
import io.github.bpf4j.asm.Goto;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.asm.JmpOp;
import io.github.bpf4j.asm.Jump;
import io.github.bpf4j.asm.Load;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.asm.Size;
import io.github.bpf4j.asm.StoreImm;
import io.github.bpf4j.asm.StoreReg;
import io.github.bpf4j.elf.ElfFile;
import io.github.bpf4j.elf.ElfSection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Deterministic workloads shared by the JMH benchmarks and {@code compare.sh}, so that both sides of a
 * comparison see the same bytes.
 */
public final class Workloads {

    private Workloads() {}

    /**
     * {@code count} valid instructions in the proportions compiled tracing code shows (moves, ALU, loads and
     * stores first; jumps, calls, 64-bit loads and atomics after), seeded so every run sees the same program.
     * Jump offsets stay small and in range of the program.
     */
    public static List<Insn> mixedProgram(int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Insn> out = new ArrayList<>(count);
        AluOp[] aluOps = {AluOp.ADD, AluOp.SUB, AluOp.MUL, AluOp.OR, AluOp.AND, AluOp.LSH, AluOp.RSH, AluOp.XOR,
            AluOp.MOV, AluOp.ARSH};
        JmpOp[] jmpOps = JmpOp.values();
        Size[] sizes = Size.values();
        while (out.size() < count - 1) {
            Reg a = Reg.of(rnd.nextInt(10));
            Reg b = Reg.of(rnd.nextInt(11));
            int pick = rnd.nextInt(100);
            Insn insn;
            if (pick < 25) {
                insn = Alu.imm(rnd.nextBoolean(), aluOps[rnd.nextInt(aluOps.length)], a, rnd.nextInt(-512, 512));
            } else if (pick < 45) {
                insn = Alu.reg(rnd.nextBoolean(), aluOps[rnd.nextInt(aluOps.length)], a, b);
            } else if (pick < 60) {
                insn = Load.of(sizes[rnd.nextInt(4)], a, b, rnd.nextInt(-64, 64));
            } else if (pick < 70) {
                insn = StoreReg.of(sizes[rnd.nextInt(4)], b, rnd.nextInt(-64, 64), a);
            } else if (pick < 74) {
                insn = StoreImm.of(sizes[rnd.nextInt(4)], b, rnd.nextInt(-64, 64), rnd.nextInt());
            } else if (pick < 86) {
                int off = rnd.nextInt(1, 8);
                insn = rnd.nextBoolean()
                        ? Jump.imm(rnd.nextBoolean(), jmpOps[rnd.nextInt(jmpOps.length)], a, rnd.nextInt(-100, 100), off)
                        : Jump.reg(rnd.nextBoolean(), jmpOps[rnd.nextInt(jmpOps.length)], a, b, off);
            } else if (pick < 90) {
                insn = Call.helper(1 + rnd.nextInt(200));
            } else if (pick < 94) {
                if (out.size() >= count - 2) {
                    continue;
                }
                insn = LoadImm64.of(a, rnd.nextLong());
            } else if (pick < 96) {
                insn = Goto.of(rnd.nextInt(0, 8));
            } else if (pick < 98) {
                insn = Atomic.of(rnd.nextBoolean() ? Size.W : Size.DW, AtomicOp.FETCH_ADD, b, 0, a);
            } else {
                insn = new Endian(EndianOp.BE, a, 16 << rnd.nextInt(3));
            }
            out.add(insn);
        }
        out.add(Exit.INSTANCE);
        return out;
    }

    /**
     * {@code count} instructions of compiled code: the executable sections of every little-endian object in
     * {@code dir} (testdata/build: clang-19 output for tracing, networking and CO-RE programs), in file-name order,
     * repeated until there are {@code count}. Unlike {@link #mixedProgram} this has the proportions real code has:
     * about one 64-bit load (of a map, before relocation) in eleven, helper and local calls, spills and fills.
     */
    public static List<Insn> objectsProgram(int count, Path dir) {
        List<Insn> code = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".o")).sorted().toList()) {
                ElfFile elf = ElfFile.read(file);
                if (elf.order() != ByteOrder.LITTLE_ENDIAN) {
                    continue;
                }
                for (ElfSection section : elf.sections()) {
                    if (section.type() == ElfSection.PROGBITS && (section.flags() & ElfSection.EXECINSTR) != 0
                            && section.size() > 0) {
                        code.addAll(InsnCodec.decode(elf.contents(section)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (code.isEmpty()) {
            throw new IllegalArgumentException("no BPF code in the objects of " + dir);
        }
        List<Insn> out = new ArrayList<>(count);
        for (int k = 0; out.size() < count; k++) {
            out.add(code.get(k % code.size()));
        }
        return out;
    }

    /**
     * Writes the little-endian encoding of {@link #mixedProgram} (or, given an objects folder third, of
     * {@link #objectsProgram}) to {@code file}; used by compare.sh.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: Workloads COUNT OUT.bin [OBJECTS-DIR]");
            System.exit(2);
        }
        int count = Integer.parseInt(args[0]);
        List<Insn> insns = args.length == 3 ? objectsProgram(count, Path.of(args[2])) : mixedProgram(count, 42);
        Files.write(Path.of(args[1]), InsnCodec.encode(insns));
    }
}
