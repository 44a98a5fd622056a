package io.github.bpf4j.asm.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forms llvm-mc-19 cannot assemble, checked against the ISA encoding written next to each in
 * testdata/asm/beyond-llvm19.expect (the file says why each form is there).
 */
class BeyondLlvm19Test {

    static Stream<Arguments> forms() throws IOException {
        Path file = Path.of(System.getProperty("bpf4j.testdata", "../testdata"), "asm", "beyond-llvm19.expect");
        List<Arguments> out = Files.readAllLines(file).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\\|"))
                .map(p -> Arguments.of(p[0].strip(), p[1].strip().replace(" ", "")))
                .toList();
        assertThat(out).hasSizeGreaterThanOrEqualTo(8);
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void encodesAsTheIsaSays(String text, String hex) {
        List<Insn> insns = Assembler.assembleInstructions("\t" + text + "\n");
        assertThat(HexFormat.of().formatHex(InsnCodec.encode(insns))).isEqualTo(hex);
        assertThat(InsnCodec.decode(HexFormat.of().parseHex(hex))).isEqualTo(insns);
    }
}
