package io.github.bpf4j.btf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.btf.BtfType.IntEncoding;
import io.github.bpf4j.btf.BtfType.Linkage;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class BtfWriteTest {
    @Test
    void objectBtfRoundTripsInBothByteOrders() {
        Btf btf = Btf.read(TestInputs.layoutsBtf());
        assertThat(Btf.read(btf.write())).isEqualTo(btf);
        Btf eb = Btf.read(btf.write(ByteOrder.BIG_ENDIAN));
        assertThat(eb.order()).isEqualTo(ByteOrder.BIG_ENDIAN);
        assertThat(eb).isEqualTo(btf);
    }

    @Test
    void rewrittenClangBtfKeepsTheTypeSectionAndDropsOnlyUnusedStrings() {
        // clang's string section also holds .BTF.ext strings (file names, source lines), which no type uses.
        byte[] original = TestInputs.layoutsBtf();
        byte[] rewritten = Btf.read(original).write();
        java.nio.ByteBuffer a = java.nio.ByteBuffer.wrap(original).order(ByteOrder.LITTLE_ENDIAN);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(rewritten).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getInt(12)).as("type_len").isEqualTo(a.getInt(12));
        assertThat(b.getInt(20)).as("str_len").isLessThan(a.getInt(20));
    }

    @Test
    void stringsAreDeduplicated() {
        BtfBuilder b = Btf.builder();
        int i = b.addInt("int", 4, IntEncoding.SIGNED);
        b.addTypedef("int", i);
        b.addStruct("s", 8, List.of(BtfType.Member.of("int", i, 0), BtfType.Member.of("x", i, 32)));
        byte[] bytes = b.build().write();
        // header 24 + types (16 + 12 + 12 + 24) + strings "\0int\0s\0x\0"
        assertThat(bytes).hasSize(24 + 64 + 9);
    }

    @Test
    void extraStringsGoToTheSameSection() {
        Btf btf = Btf.builder().build();
        BtfWriter w = new BtfWriter(btf);
        int off = w.string("0:1:2");
        assertThat(w.string("0:1:2")).isEqualTo(off);
        Btf reread = Btf.read(w.write(ByteOrder.LITTLE_ENDIAN));
        assertThat(reread.string(off)).isEqualTo("0:1:2");
    }

    @Test
    @Tag("kernel")
    void vmlinuxRewritesToAnEqualModel() throws Exception {
        assumeTrue(Files.isReadable(Btf.VMLINUX), "kernel BTF at /sys/kernel/btf/vmlinux (CONFIG_DEBUG_INFO_BTF)");
        Btf vmlinux = Btf.read(Btf.VMLINUX);
        Btf again = Btf.read(vmlinux.write());
        assertThat(again.typeCount()).isEqualTo(vmlinux.typeCount());
        assertThat(again).isEqualTo(vmlinux);
    }

    @Property(tries = 200)
    void builtGraphsRoundTrip(@ForAll("graphs") List<BtfType> types) {
        Btf btf = Btf.of(types);
        assertThat(Btf.read(btf.write())).isEqualTo(btf);
        assertThat(Btf.read(btf.write(ByteOrder.BIG_ENDIAN))).isEqualTo(btf);
    }

    @Provide
    Arbitrary<List<BtfType>> graphs() {
        Arbitrary<String> names = Arbitraries.strings().alpha().ofMaxLength(6);
        Arbitrary<Integer> ref = Arbitraries.integers().between(0, 3);
        Arbitrary<BtfType> type = Arbitraries.oneOf(
                names.map(n -> (BtfType) BtfType.Int.of(n, 4, IntEncoding.SIGNED)),
                ref.map(t -> (BtfType) BtfType.Ptr.of(t)),
                ref.map(t -> (BtfType) BtfType.Const.of(t)),
                ref.map(t -> (BtfType) BtfType.Array.of(t, 1, 7)),
                names.map(n -> (BtfType) new BtfType.Struct(n, 12, List.of(BtfType.Member.of(n, 1, 0),
                        new BtfType.Member("b", 1, 35, 3)))),
                names.map(n -> (BtfType) new BtfType.Union(n, 4, List.of(BtfType.Member.of("u", 1, 0)))),
                names.map(n -> (BtfType) new BtfType.Enum(n, 4, true,
                        List.of(new BtfType.EnumValue(n + "A", -5), new BtfType.EnumValue("B", 7)))),
                names.map(n -> (BtfType) new BtfType.Enum64(n, 8, false,
                        List.of(new BtfType.EnumValue("X", -1L)))),
                names.map(n -> (BtfType) new BtfType.Fwd(n, n.length() % 2 == 0)),
                names.map(n -> (BtfType) new BtfType.Typedef(n, 1)),
                ref.map(t -> (BtfType) new BtfType.Volatile("", t)),
                ref.map(t -> (BtfType) new BtfType.Restrict("", t)),
                names.map(n -> (BtfType) new BtfType.TypeTag(n, 1)),
                names.map(n -> (BtfType) BtfType.FuncProto.of(1, List.of(new BtfType.Param(n, 1),
                        new BtfType.Param("", 0)))),
                names.map(n -> (BtfType) new BtfType.Var(n, 1, Linkage.EXTERN)),
                names.map(n -> (BtfType) new BtfType.Datasec(n, 16, List.of(new BtfType.VarSecinfo(1, 0, 4)))),
                names.map(n -> (BtfType) new BtfType.Float(n, 8)),
                names.map(n -> (BtfType) new BtfType.DeclTag(n, 1, -1)));
        // Type 1 is always an INT so that every reference (0..3) exists once the list has three more types.
        return type.list().ofMinSize(3).ofMaxSize(20)
                .map(l -> {
                    var all = new java.util.ArrayList<BtfType>();
                    all.add(BtfType.Int.of("int", 4, IntEncoding.SIGNED));
                    all.addAll(l);
                    return all;
                });
    }
}
