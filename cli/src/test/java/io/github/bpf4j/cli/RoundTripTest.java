package io.github.bpf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.LoadPacket;
import io.github.bpf4j.asm.Mode;
import io.github.bpf4j.asm.Pseudo;
import io.github.bpf4j.asm.text.Assembler;
import io.github.bpf4j.asm.text.Disassembler;
import io.github.bpf4j.asm.text.LlvmStyle;
import io.github.bpf4j.elf.ElfFile;
import io.github.bpf4j.elf.ElfSection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * assemble(disassemble(x)) == x with our own assembler and disassembler, in both styles, for every program in
 * testdata: the code sections of every object and every raw program of the disassembly goldens and the verifier
 * corpus.
 *
 * <p>No program is skipped. A slot that is not a valid instruction (Raw) has no text naming its bytes: the kernel
 * prints it without its reserved fields, LLVM as {@code <unknown>}. In a program holding such slots every valid
 * slot must still come back at its index, and {@link #onlyProgramsAboutInvalidEncodingsHoldRawSlots} pins which
 * programs those are, so that a decoder regression cannot turn valid programs into unchecked ones.
 */
class RoundTripTest {

    private static final Path TESTDATA = Path.of(System.getProperty("bpf4j.testdata", "../testdata"));

    static List<Named<byte[]>> programList() throws IOException {
        List<Named<byte[]>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TESTDATA)) {
            for (Path p : files.sorted().toList()) {
                String name = TESTDATA.relativize(p).toString();
                if (name.endsWith(".o") && !name.contains("/tools/")) {
                    ElfFile elf = ElfFile.read(p);
                    if (elf.machine() != ElfFile.EM_BPF) {
                        continue;
                    }
                    for (ElfSection s : elf.sections()) {
                        if (s.isExecutable() && s.hasFileBytes() && s.size() > 0) {
                            out.add(Named.of(name + " " + s.name(), elf.contents(s)));
                        }
                    }
                } else if (name.endsWith(".insns") || (name.startsWith("verifier/corpus/") && name.endsWith(".bin"))) {
                    byte[] b = Files.readAllBytes(p);
                    if (b.length > 0 && b.length % 8 == 0) {
                        out.add(Named.of(name, b));
                    }
                }
            }
        }
        assertThat(out).as("testdata programs").hasSizeGreaterThan(100);
        return out;
    }

    static Stream<Named<byte[]>> programs() throws IOException {
        return programList().stream();
    }

    /** The programs with Raw slots are exactly those that test invalid encodings, and there are such programs. */
    @Test
    void onlyProgramsAboutInvalidEncodingsHoldRawSlots() throws IOException {
        List<String> withRaw = new ArrayList<>();
        List<String> invalidGoldens = new ArrayList<>();
        for (Named<byte[]> p : programList()) {
            boolean raw = InsnCodec.decode(p.getPayload()).stream().anyMatch(i -> i.kind() == Insn.Kind.RAW);
            if (raw) {
                withRaw.add(p.getName());
            }
            if (p.getName().startsWith("disasm/golden/invalid/")) {
                invalidGoldens.add(p.getName());
            }
        }
        // disasm/golden/invalid: slots the kernel prints and then rejects; verifier/corpus/enc_*: bad encodings
        assertThat(withRaw).allMatch(n -> n.startsWith("disasm/golden/invalid/") || n.startsWith("verifier/corpus/enc_"),
                "names a program about invalid encodings");
        assertThat(withRaw).containsAll(invalidGoldens);
        assertThat(invalidGoldens).hasSizeGreaterThanOrEqualTo(20);
        assertThat(withRaw.size() - invalidGoldens.size()).as("corpus programs with bad encodings")
                .isGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void kernelStyleAssemblesBack(byte[] code) {
        List<Insn> insns = InsnCodec.decode(code);
        SortedMap<Integer, Insn> valid = new TreeMap<>();
        StringBuilder log = new StringBuilder();
        int pc = 0;
        for (Insn insn : insns) {
            if (insn.kind() != Insn.Kind.RAW) {
                valid.put(pc, insn);
                log.append(Disassembler.kernel().line(insn, pc)).append('\n');
            }
            pc += insn.slots();
        }
        if (valid.size() == insns.size()) {
            assertThat(InsnCodec.encode(Assembler.assembleVerifierLog(log.toString()))).isEqualTo(code);
        } else {
            assertThat(Assembler.assembleVerifierLogByIndex(log.toString())).isEqualTo(valid);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void llvmStyleAssemblesBack(byte[] code) {
        List<Insn> insns = InsnCodec.decode(code);
        LlvmStyle style = LlvmStyle.of();
        List<Insn> expected = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int pc = 0;
        for (Insn insn : insns) {
            if (insn.kind() != Insn.Kind.RAW) {
                text.append(style.format(insn, pc)).append('\n');
                expected.add(llvm19Expressible(insn));
            }
            pc += insn.slots();
        }
        // jump and call offsets are numbers relative to each instruction, so leaving out Raw slots moves nothing
        assertThat(Assembler.assembleInstructions(text.toString())).isEqualTo(expected);
    }

    /**
     * The instruction as far as LLVM 19's syntax carries it; everything else must come back. Three forms lose
     * fields by design: {@code call IMM} says nothing of what is called (the source register: helper, BPF function
     * or kernel function; and a kernel function's BTF index in the offset): llvm-mc writes a helper call and
     * restores the others from relocations. {@code ld_pseudo rD, S, IMM} has no second immediate (a map value's
     * offset, a module's BTF fd). {@code r0 = *(u8 *)skb[rS]} has no immediate for an indirect packet load.
     */
    private static Insn llvm19Expressible(Insn insn) {
        return switch (insn.kind()) {
            case CALL -> Call.helper(((Call) insn).imm());
            case LOAD_IMM64 -> {
                LoadImm64 l = (LoadImm64) insn;
                yield l.pseudo() == Pseudo.NONE ? l : l.withImms(l.imm(), 0);
            }
            case LOAD_PACKET -> {
                LoadPacket p = (LoadPacket) insn;
                yield p.mode() == Mode.IND ? new LoadPacket(p.mode(), p.size(), p.src(), 0) : p;
            }
            default -> insn;
        };
    }
}
