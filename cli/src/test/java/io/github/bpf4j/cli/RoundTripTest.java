package io.github.bpf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * assemble(disassemble(x)) == x with our own assembler and disassembler, in both styles, for every program in
 * testdata: the code sections of every object and every raw program of the disassembly goldens and the verifier
 * corpus.
 */
class RoundTripTest {

    private static final Path TESTDATA = Path.of(System.getProperty("bpf4j.testdata", "../testdata"));

    static Stream<Named<byte[]>> programs() throws IOException {
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
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void llvmStyleAssemblesBack(byte[] code) {
        List<Insn> insns = InsnCodec.decode(code);
        LlvmStyle style = LlvmStyle.of();
        StringBuilder text = new StringBuilder();
        int pc = 0;
        for (Insn insn : insns) {
            text.append(style.format(insn, pc)).append('\n');
            pc += insn.slots();
        }
        byte[] back = InsnCodec.encode(Assembler.assembleInstructions(text.toString()));
        // LLVM's syntax does not carry the source register of a BPF-to-BPF call or of a pseudo 64-bit load
        // (`call -0x1`, `r1 = 0x0 ll`): llvm-mc restores them from relocations. Everything else must come back.
        assertThat(withoutPseudoSources(back)).isEqualTo(withoutPseudoSources(code));
    }

    private static byte[] withoutPseudoSources(byte[] code) {
        byte[] out = code.clone();
        for (int p = 0; p + 8 <= out.length; p += 8) {
            int op = out[p] & 0xff;
            if (op == 0x85 || op == 0x18) {
                out[p + 1] &= 0x0f;
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void kernelStyleAssemblesBack(byte[] code) {
        List<Insn> insns = InsnCodec.decode(code);
        String log = String.join("\n", Disassembler.kernel().listing(insns)) + "\n";
        assertThat(InsnCodec.encode(Assembler.assembleVerifierLog(log))).isEqualTo(code);
    }
}
