package io.github.bpf4j.btf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.btf.BtfType.IntEncoding;
import io.github.bpf4j.btf.BtfType.Linkage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteOrder;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BtfReadTest {
    private final Btf btf = Btf.read(TestInputs.layoutsBtf());

    /** Files on the default file system are read in page-sized requests, others through Files.readAllBytes. */
    @Test
    void readsFilesOnAnyFileSystem(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("layouts.btf"), TestInputs.layoutsBtf());
        assertThat(Btf.read(file)).isEqualTo(btf);
        Path zip = dir.resolve("btf.zip");
        try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of("create", "true"))) {
            Path inZip = Files.write(fs.getPath("layouts.btf"), TestInputs.layoutsBtf());
            assertThat(Btf.read(inZip)).isEqualTo(btf);
        }
        Path empty = Files.write(dir.resolve("empty.btf"), new byte[0]);
        assertThatThrownBy(() -> Btf.read(empty)).isInstanceOf(BtfFormatException.class)
                .hasMessageContaining("0 bytes, too short for the magic");
        assertThatThrownBy(() -> Btf.read(dir.resolve("missing.btf"))).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot read BTF from " + dir.resolve("missing.btf"));
    }

    @Test
    void decodesEveryKindClangEmits() {
        assertThat(btf.order()).isEqualTo(ByteOrder.LITTLE_ENDIAN);
        var kinds = btf.types().stream().map(BtfType::kind).collect(Collectors.toSet());
        assertThat(kinds).contains(BtfKind.INT, BtfKind.PTR, BtfKind.ARRAY, BtfKind.STRUCT, BtfKind.UNION,
                BtfKind.ENUM, BtfKind.ENUM64, BtfKind.TYPEDEF, BtfKind.VOLATILE, BtfKind.CONST, BtfKind.RESTRICT,
                BtfKind.FUNC, BtfKind.FUNC_PROTO, BtfKind.VAR, BtfKind.DATASEC, BtfKind.FLOAT, BtfKind.DECL_TAG,
                BtfKind.TYPE_TAG);
        assertThat(btf.type(0)).isSameAs(BtfType.Void.INSTANCE);
    }

    @Test
    void structMembersWithBitfields() {
        BtfType.Struct holes = btf.type(btf.find("holes", BtfKind.STRUCT).getAsInt(), BtfType.Struct.class);
        assertThat(holes.size()).isEqualTo(72);
        assertThat(holes.members()).extracting(BtfType.Member::name)
                .containsExactly("c", "l", "s", "i", "bits_a", "bits_b", "wide", "in", "", "point", "handler", "cptr",
                        "colour", "tail");
        BtfType.Member bitsB = holes.members().get(5);
        assertThat(bitsB.bitOffset()).isEqualTo(195);
        assertThat(bitsB.bitfieldSize()).isEqualTo(4);
        assertThat(holes.members().get(1).isBitfield()).isFalse();
        assertThat(holes.members().get(1).byteOffset()).isEqualTo(8);
    }

    @Test
    void enumsKeepSignedness() {
        int colour = btf.skipModsAndTypedefs(btf.type(btf.findComposite("holes").getAsInt(), BtfType.Struct.class)
                .members().get(12).type());
        BtfType.Enum e = btf.type(colour, BtfType.Enum.class);
        assertThat(e.signed()).isTrue();
        assertThat(e.values()).containsExactly(new BtfType.EnumValue("RED", 1), new BtfType.EnumValue("GREEN", 2),
                new BtfType.EnumValue("BLUE", -1));
        BtfType.Enum64 wide = btf.type(btf.find("wide_values", BtfKind.ENUM64).getAsInt(), BtfType.Enum64.class);
        assertThat(wide.signed()).isFalse();
        assertThat(wide.values()).extracting(BtfType.EnumValue::value).containsExactly(1L, 0x1_0000_0000L);
    }

    @Test
    void funcsProtosVarsAndDatasecs() {
        BtfType.Func prog = btf.type(btf.find("prog", BtfKind.FUNC).getAsInt(), BtfType.Func.class);
        assertThat(prog.linkage()).isEqualTo(Linkage.GLOBAL);
        BtfType.FuncProto proto = btf.type(prog.type(), BtfType.FuncProto.class);
        assertThat(proto.params()).extracting(BtfType.Param::name).containsExactly("h");
        assertThat(btf.type(btf.find("helper", BtfKind.FUNC).getAsInt(), BtfType.Func.class).linkage())
                .isEqualTo(Linkage.STATIC);
        BtfType.Datasec bss = btf.type(btf.find(".bss", BtfKind.DATASEC).getAsInt(), BtfType.Datasec.class);
        assertThat(bss.vars()).extracting(v -> btf.name(v.type()))
                .contains("global_holes", "global_aligned", "global_number");
        BtfType.DeclTag tag = btf.type(btf.find("marked", BtfKind.DECL_TAG).getAsInt(), BtfType.DeclTag.class);
        assertThat(tag.componentIdx()).isZero();
        assertThat(btf.name(tag.type())).isEqualTo("tagged");
    }

    @Test
    void handlerIsVariadic() {
        int handler = btf.type(btf.findComposite("holes").getAsInt(), BtfType.Struct.class).members().get(10).type();
        BtfType.FuncProto proto = btf.type(btf.type(handler, BtfType.Ptr.class).type(), BtfType.FuncProto.class);
        assertThat(proto.variadic()).isTrue();
    }

    @Test
    void bigEndianReadsToTheSameModel() {
        Btf eb = Btf.read(TestInputs.resource("layouts-eb.btf"));
        assertThat(eb.order()).isEqualTo(ByteOrder.BIG_ENDIAN);
        assertThat(eb).isEqualTo(btf);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            holes                  | 72  | 8
            inner                  | 4   | 2
            aligned_one            | 128 | 4
            packed_one             | 5   | 1
            number                 | 8   | 8
            """)
    void sizeAndAlignmentFollowLibbpf(String name, long size, int align) {
        int id = btf.findComposite(name).getAsInt();
        assertThat(btf.sizeOf(id)).isEqualTo(size);
        assertThat(btf.alignOf(id)).isEqualTo(align);
    }

    @Test
    void arraySizeMultipliesThroughTypedefs() {
        int union = btf.skipModsAndTypedefs(btf.type(btf.findComposite("holes").getAsInt(), BtfType.Struct.class)
                .members().get(8).type());
        int bytes = btf.type(union, BtfType.Union.class).members().get(1).type();
        assertThat(btf.sizeOf(bytes)).isEqualTo(4);
        assertThat(btf.alignOf(bytes)).isEqualTo(1);
        assertThat(btf.pointerSize()).isEqualTo(8);
    }

    @Test
    void typeNamesAsCSpellsThem() {
        BtfType.Struct holes = btf.type(btf.findComposite("holes").getAsInt(), BtfType.Struct.class);
        List<String> names = holes.members().stream().map(m -> btf.declaration(m.type(), m.name())).toList();
        assertThat(names).contains("char c", "u8 bits_a", "struct inner in", "union {...}",
                "int (*handler)(struct holes *, const char *, ...)", "const volatile u64 *restrict cptr",
                "enum {...} colour", "char tail[0]");
        assertThat(btf.typeName(holes.members().get(10).type()))
                .isEqualTo("int (*)(struct holes *, const char *, ...)");
    }

    @Test
    void lookupsByNameAndKind() {
        assertThat(btf.idsByName("u8")).hasSize(1);
        assertThat(btf.idsByName("no_such_type")).isEmpty();
        assertThat(btf.find("holes", BtfKind.UNION)).isEmpty();
        assertThat(btf.idsOf(BtfKind.FUNC).mapToObj(btf::name).toList()).containsExactly("prog", "helper");
        assertThat(btf.idsByEssentialName("holes")).containsExactly(btf.findComposite("holes").getAsInt());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            task_struct___v1   | task_struct
            a___b              | a
            x___y___z          | x___y
            a____b             | a____b
            a___               | a___
            ___x               | ___x
            sk_buff            | sk_buff
            a___b_             | a
            ab                 | ab
            """)
    void essentialNameFollowsLibbpf(String name, String essential) {
        assertThat(Btf.essentialName(name)).isEqualTo(essential);
    }

    @Test
    void builderMakesTypesThatRefer() {
        BtfBuilder b = Btf.builder();
        int intId = b.addInt("int", 4, IntEncoding.SIGNED);
        int ptr = b.addPtr(b.nextId() + 1);
        int node = b.addStruct("node", 16, List.of(BtfType.Member.of("value", intId, 0),
                BtfType.Member.of("next", ptr, 64)));
        Btf built = b.build();
        assertThat(ptr).isEqualTo(2);
        assertThat(built.typeName(node)).isEqualTo("struct node");
        assertThat(built.typeName(ptr)).isEqualTo("struct node *");
        assertThat(built.sizeOf(node)).isEqualTo(16);
        assertThat(built.alignOf(node)).isEqualTo(8);
        BtfBuilder dangling = Btf.builder();
        dangling.addPtr(5);
        assertThatThrownBy(dangling::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refers to id 5");
    }

    @Test
    void splitBtfContinuesIdsAndStrings() {
        BtfBuilder b = Btf.builder(btf);
        int holes = btf.findComposite("holes").getAsInt();
        int ptr = b.addPtr(holes);
        int td = b.addTypedef("holes_ptr", ptr);
        Btf split = b.build();
        assertThat(ptr).isEqualTo(btf.typeCount());
        Btf reread = Btf.read(split.write(), btf);
        assertThat(reread).isEqualTo(split);
        assertThat(reread.typeName(td)).isEqualTo("holes_ptr");
        assertThat(reread.typeName(ptr)).isEqualTo("struct holes *");
        assertThat(reread.idsByName("holes")).containsExactly(holes);
        assertThat(reread.type(holes)).isEqualTo(btf.type(holes));
    }
}
