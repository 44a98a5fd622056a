package io.github.bpf4j.btf.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfBuilder;
import io.github.bpf4j.btf.BtfFormatException;
import io.github.bpf4j.btf.BtfType.IntEncoding;
import io.github.bpf4j.btf.BtfType.Member;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pure checks of the C dump: its two entry points agree, dependencies come first, and bad BTF is refused. */
class BtfCDumpTest {

    static Stream<String> crafted() {
        return CraftedBtf.all().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crafted")
    void dumpingEveryIdInTurnIsTheHeaderBody(String name) {
        Btf btf = CraftedBtf.all().get(name);
        String whole = BtfCDump.write(btf);
        String body = BtfCDump.writeTypes(btf, IntStream.range(1, btf.typeCount()).toArray());
        assertThat(whole).startsWith("#ifndef __VMLINUX_H__\n#define __VMLINUX_H__\n\n")
                .endsWith("#ifndef BPF_NO_PRESERVE_ACCESS_INDEX\n#pragma clang attribute pop\n#endif\n\n"
                        + "#endif /* __VMLINUX_H__ */\n")
                .contains("\n#endif\n\n" + body + "#ifndef BPF_NO_PRESERVE_ACCESS_INDEX\n#pragma clang attribute pop");
    }

    @Test
    void oneTypeBringsWhatItEmbedsFirstAndForwardDeclaresWhatItPointsTo() {
        BtfBuilder b = Btf.builder();
        int in = b.addInt("int", 4, IntEncoding.SIGNED);
        int inner = b.addStruct("inner", 4, List.of(Member.of("v", in, 0)));
        int other = b.addStruct("other", 4, List.of(Member.of("w", in, 0)));
        int outer = b.addStruct("outer", 16, List.of(Member.of("i", inner, 0), Member.of("o", b.addPtr(other), 64)));
        assertThat(BtfCDump.writeTypes(b.build(), outer)).isEqualTo("struct inner {\n\tint v;\n};\n\n"
                + "struct other;\n\nstruct outer {\n\tstruct inner i;\n\tstruct other *o;\n};\n\n");
    }

    @Test
    void structEmbeddingItselfIsAnUnsatisfiableCycle() {
        BtfBuilder b = Btf.builder();
        b.addStruct("loop", 4, List.of(Member.of("me", 1, 0)));
        assertThatThrownBy(() -> BtfCDump.write(b.build())).isInstanceOf(BtfFormatException.class)
                .hasMessage("BTF type [1]: unsatisfiable type cycle");
    }

    @Test
    void pointerToItselfIsRefusedNotAStackOverflow() {
        BtfBuilder b = Btf.builder();
        b.addInt("int", 4, IntEncoding.SIGNED);
        b.addPtr(2);
        assertThatThrownBy(() -> BtfCDump.write(b.build())).isInstanceOf(BtfFormatException.class)
                .hasMessageContaining("BTF type [2]: types nest deeper than 512 levels");
    }

    @Test
    void idOutOfRange() {
        Btf btf = CraftedBtf.all().get("names");
        assertThatThrownBy(() -> BtfCDump.writeTypes(btf, btf.typeCount()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of range");
    }
}
