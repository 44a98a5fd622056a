package io.github.bpf4j.asm.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Atomic;
import io.github.bpf4j.asm.AtomicOp;
import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.asm.Jump;
import io.github.bpf4j.asm.JmpOp;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.Pseudo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The kernel style against the live kernel's own words: for every program captured by
 * testdata/disasm/capture.sh (Linux 6.18, verifier log level 2), every instruction line {@code N: (xx) text} of
 * the log equals our disassembly of instruction N of the bytes the kernel received. Only what changes from one
 * load to the next is normalized: the kernel address a map reference is replaced by (the test prints {@code MAP}
 * for it and the log's hex address becomes {@code MAP}), and callbacks print in hex as the verifier prints them
 * (our default is bpftool's invertible {@code subprog[+N]}). Kernel functions are named from the BTF names the capture
 * recorded in golden/kfuncs.txt. The goldens include slots the kernel prints and then rejects (golden/invalid).
 */
class KernelStyleGoldenTest {

    private static final Path GOLDEN = Path.of(System.getProperty("bpf4j.testdata", "../testdata"), "disasm", "golden");
    private static final Pattern LINE = Pattern.compile("^(\\d+): ((?:\\([0-9a-f]{2}\\) |BUG_).*?)(\\s*;.*)?$");
    private static final Pattern MAP_ADDRESS = Pattern.compile("^(\\(18\\) r\\d+ = )0x[0-9a-f]+$");

    private static final Map<Integer, String> KFUNCS = readKfuncs();

    private static final DisassemblerCallbacks CALLBACKS = new DisassemblerCallbacks() {
        @Override
        public String kfuncName(int btfId, int btfFdIndex) {
            return btfFdIndex == 0 ? KFUNCS.get(btfId) : null;
        }

        @Override
        public String mapRef(LoadImm64 insn) {
            return "MAP";
        }

        // the verifier prints a callback's address as the constant it sees; our default, subprog[+N], reads back
        @Override
        public String funcRef(LoadImm64 insn) {
            return "0x" + Long.toHexString(insn.value());
        }
    };

    private static final KernelStyle STYLE = KernelStyle.of(CALLBACKS);

    @TestFactory
    Stream<DynamicTest> everyLoggedInstructionMatches() {
        return programs().stream().map(insns -> DynamicTest.dynamicTest(GOLDEN.relativize(insns).toString(), () -> {
            Comparison c = compare(insns);
            assertThat(c.lines).as("instruction lines in the log").isPositive();
            assertThat(c.mismatches).as("lines where our text differs from the kernel's").isEmpty();
        }));
    }

    /** The goldens must exercise every form we claim to print as the kernel does. */
    @Test
    void goldensCoverEveryFormTheKernelAcceptsHere() {
        Set<String> seen = new HashSet<>();
        for (Path insns : programs()) {
            compare(insns).forms.forEach(seen::add);
        }
        Set<String> expected = new HashSet<>();
        for (AluOp op : AluOp.values()) {
            expected.add("alu64 " + op);
            if (!op.alu64Only()) {
                expected.add("alu32 " + op);
            }
        }
        for (AtomicOp op : AtomicOp.values()) {
            expected.add("atomic " + op);
        }
        for (JmpOp op : JmpOp.values()) {
            expected.add("jmp " + op);
            expected.add("jmp32 " + op);
        }
        // BTF_ID is missing: this kernel's kallsyms lists no variable that its BTF describes, so no ksym loads.
        for (Pseudo p : EnumSet.of(Pseudo.NONE, Pseudo.MAP_FD, Pseudo.MAP_VALUE, Pseudo.FUNC, Pseudo.MAP_IDX,
                Pseudo.MAP_IDX_VALUE)) {
            expected.add("ld_imm64 " + p);
        }
        for (Insn.Kind k : Insn.Kind.values()) {
            expected.add(k.toString());
        }
        expected.add("call HELPER");
        expected.add("call LOCAL");
        expected.add("call KFUNC");
        assertThat(seen).containsAll(expected);
    }

    private record Comparison(int lines, List<String> mismatches, List<String> forms) {}

    private static Comparison compare(Path insnsFile) {
        byte[] bytes = read(insnsFile);
        Map<Integer, Insn> bySlot = new HashMap<>();
        int slot = 0;
        for (Insn insn : InsnCodec.decode(bytes)) {
            bySlot.put(slot, insn);
            slot += insn.slots();
        }
        Path log = insnsFile.resolveSibling(insnsFile.getFileName().toString().replace(".insns", ".log"));
        List<String> mismatches = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        int lines = 0;
        for (String line : readLines(log)) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            lines++;
            int index = Integer.parseInt(m.group(1));
            String expected = m.group(2);
            Insn insn = bySlot.get(index);
            if (insn == null) {
                mismatches.add(index + ": no instruction starts at this slot; log: " + expected);
                continue;
            }
            if (insn instanceof LoadImm64 ld && ld.pseudo().isMap()) {
                Matcher a = MAP_ADDRESS.matcher(expected);
                if (a.matches()) {
                    expected = a.group(1) + "MAP";
                }
            }
            String actual = STYLE.format(insn, index);
            if (!actual.equals(expected)) {
                mismatches.add(index + ": kernel \"" + expected + "\" ours \"" + actual + "\"");
            }
            assertThat(STYLE.line(insn, index)).isEqualTo(index + ": " + actual);
            forms.add(form(insn));
            forms.add(insn.kind().toString());
        }
        return new Comparison(lines, mismatches, forms);
    }

    private static String form(Insn insn) {
        return switch (insn.kind()) {
            case ALU -> (((Alu) insn).alu64() ? "alu64 " : "alu32 ") + ((Alu) insn).op();
            case ATOMIC -> "atomic " + ((Atomic) insn).op();
            case JUMP -> (((Jump) insn).jmp32() ? "jmp32 " : "jmp ") + ((Jump) insn).op();
            case LOAD_IMM64 -> "ld_imm64 " + ((LoadImm64) insn).pseudo();
            case CALL -> "call " + ((Call) insn).callKind();
            default -> insn.kind().toString();
        };
    }

    private static List<Path> programs() {
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            List<Path> out = files.filter(p -> p.toString().endsWith(".insns")).sorted().toList();
            assertThat(out).as("goldens under " + GOLDEN + " (testdata/disasm/capture.sh writes them)").isNotEmpty();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Integer, String> readKfuncs() {
        Map<Integer, String> m = new HashMap<>();
        for (String line : readLines(GOLDEN.resolve("kfuncs.txt"))) {
            String[] f = line.trim().split(" ");
            if (f.length == 2) {
                m.put(Integer.parseInt(f[0]), f[1]);
            }
        }
        return m;
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readLines(Path p) {
        try {
            return Files.readAllLines(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
