package io.github.bpf4j.btf;

import static io.github.bpf4j.btf.Craft.INT;
import static io.github.bpf4j.btf.Craft.M;
import static io.github.bpf4j.btf.Craft.S;
import static io.github.bpf4j.btf.Craft.info;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.btf.BtfType.IntEncoding;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One crafted input per way {@link Btf#read(byte[])} rejects BTF. */
class BtfRejectTest {

    record Case(Supplier<byte[]> input, int typeId, long byteOffset, String message) { }

    static Arguments reject(String name, Supplier<byte[]> input, int typeId, long byteOffset, String message) {
        return Arguments.of(Named.of(name, new Case(input, typeId, byteOffset, message)));
    }

    static byte[] patch(byte[] b, int at, int value) {
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
        return b;
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                reject("empty input", () -> new byte[0], -1, 0, "too short for the magic"),
                reject("bad magic", () -> new byte[] {1, 2, 3, 4}, -1, 0, "bad BTF magic 0x0201"),
                reject("truncated header", () -> new byte[] {(byte) 0x9f, (byte) 0xeb, 1, 0, 24, 0, 0, 0}, -1, 8,
                        "truncated header: 8 bytes"),
                reject("unsupported version", () -> {
                    byte[] b = new Craft().anInt().bytes();
                    b[2] = 2;
                    return b;
                }, -1, 2, "unsupported version 2"),
                reject("header length below 24", () -> patch(new Craft().anInt().bytes(), 4, 16), -1, 4,
                        "header length 16 outside 24"),
                reject("header length beyond data", () -> patch(new Craft().anInt().bytes(), 4, 4096), -1, 4,
                        "header length 4096"),
                reject("unknown non-zero header field", () -> {
                    byte[] b = Craft.header(28, 0, 0, 0, 1, new byte[0], new byte[] {0});
                    b[25] = 1;
                    return b;
                }, -1, 25, "unknown non-zero header field"),
                reject("type section beyond data", () -> patch(new Craft().anInt().bytes(), 12, 1000), -1, 8,
                        "type section 0+1000 beyond the data"),
                reject("string section beyond data", () -> patch(new Craft().anInt().bytes(), 20, 1000), -1, 16,
                        "string section 16+1000 beyond the data"),
                reject("type section offset not aligned", () -> Craft.header(24, 2, 0, 0, 1, new byte[0],
                        new byte[] {0, 0, 0}), -1, 8, "not 4-byte aligned"),
                reject("sections overlap", () -> patch(new Craft().anInt().bytes(), 16, 8), -1, 8, "overlap"),
                reject("string section without final NUL", () -> new Craft().anInt()
                        .strings(new byte[] {0, 'i', 'n', 't'}).bytes(), -1, 43, "does not end with NUL"),
                reject("string section not starting with empty string", () -> new Craft().anInt()
                        .strings(new byte[] {'x', 0}).bytes(), -1, 40, "must start with an empty string"),
                reject("truncated type record", () -> new Craft().anInt().words(0, info(BtfKind.PTR, 0, false))
                        .bytes(), 2, 40, "truncated type record: 8 bytes left"),
                reject("name offset beyond strings", () -> new Craft().words(999, info(BtfKind.INT, 0, false), 4,
                        32).bytes(), 1, 24, "name offset 999 beyond the string section"),
                reject("unknown kind 20", () -> new Craft().words(0, 20 << 24, 0).bytes(), 1, 28, "unknown kind 20"),
                reject("kind 0 after id 0", () -> new Craft().words(0, 0, 0).bytes(), 1, 28, "unknown kind 0"),
                reject("vlen overflows the section", () -> new Craft().anInt()
                        .words(S, info(BtfKind.STRUCT, 100, false), 4, M, 1, 0).bytes(), 2, 40,
                        "STRUCT with vlen 100 needs 1212 bytes"),
                reject("pointer to missing type", () -> new Craft().anInt().words(0, info(BtfKind.PTR, 0, false), 7)
                        .bytes(), 2, 48, "type id 7 out of range (last id is 2)"),
                reject("func proto returning a missing type", () -> new Craft().anInt()
                        .words(0, info(BtfKind.FUNC_PROTO, 1, false), 8, M, 1).bytes(), 2, 48,
                        "type id 8 out of range (last id is 2)"),
                reject("array index type missing", () -> new Craft().anInt()
                        .words(0, info(BtfKind.ARRAY, 0, false), 0, 1, 77, 4).bytes(), 2, 56, "type id 77"),
                reject("too many types", () -> {
                    Craft c = new Craft();
                    for (int i = 0; i < 0x10_0000; i++) {
                        c.words(0, info(BtfKind.FWD, 0, false), 0);
                    }
                    return c.bytes();
                }, 0x10_0000, 24 + 12L * 0xf_ffff, "more than 1048575 types"));
    }

    /**
     * Rejections found when a type is decoded: the index pass checks each record's length, kind, name offset and
     * the type ids in its own fields; the words of its members, params, enum values and secinfos are checked here.
     */
    static Stream<Arguments> decodeCases() {
        return Stream.of(
                reject("member name offset beyond strings", () -> new Craft().anInt()
                        .words(S, info(BtfKind.STRUCT, 1, false), 4, 500, 1, 0).bytes(), 2, 52,
                        "STRUCT member 0 name offset 500 beyond the string section (9)"),
                reject("member of missing type", () -> new Craft().anInt()
                        .words(S, info(BtfKind.UNION, 2, false), 4, M, 1, 0, M, 9, 0).bytes(), 2, 68,
                        "type id 9 out of range (last id is 2)"),
                reject("param name offset beyond strings", () -> new Craft().anInt()
                        .words(0, info(BtfKind.FUNC_PROTO, 1, false), 1, 600, 1).bytes(), 2, 52,
                        "FUNC_PROTO member 0 name offset 600"),
                reject("param of missing type", () -> new Craft().anInt()
                        .words(0, info(BtfKind.FUNC_PROTO, 1, false), 1, M, 9).bytes(), 2, 56,
                        "type id 9 out of range"),
                reject("enum value name offset beyond strings", () -> new Craft()
                        .words(S, info(BtfKind.ENUM, 1, false), 4, 700, 1).bytes(), 1, 36,
                        "ENUM member 0 name offset 700"),
                reject("enum64 value name offset beyond strings", () -> new Craft()
                        .words(S, info(BtfKind.ENUM64, 1, false), 8, 701, 1, 0).bytes(), 1, 36,
                        "ENUM64 member 0 name offset 701"),
                reject("datasec var of missing type", () -> new Craft().anInt()
                        .words(S, info(BtfKind.DATASEC, 1, false), 4, 9, 0, 4).bytes(), 2, 52,
                        "type id 9 out of range"),
                reject("INT with two encodings", () -> new Craft().words(INT, info(BtfKind.INT, 0, false), 4,
                        3 << 24 | 32).bytes(), 1, 36, "INT encoding 3"),
                reject("INT with more bits than bytes", () -> new Craft().words(INT, info(BtfKind.INT, 0, false), 4,
                        40).bytes(), 1, 36, "INT of size 4 with 40 bits"),
                reject("ENUM of size 3", () -> new Craft().words(S, info(BtfKind.ENUM, 1, false), 3, M, 1).bytes(),
                        1, 32, "enum size 3"),
                reject("FUNC with linkage 5", () -> new Craft().words(0, info(BtfKind.FUNC_PROTO, 0, false), 0,
                        S, info(BtfKind.FUNC, 5, false), 1).bytes(), 2, 40, "unknown linkage 5"),
                reject("VAR with linkage 7", () -> new Craft().anInt().words(S, info(BtfKind.VAR, 0, false), 1, 7)
                        .bytes(), 2, 52, "unknown linkage 7"),
                reject("FLOAT of size 3", () -> new Craft().words(S, info(BtfKind.FLOAT, 0, false), 3).bytes(), 1,
                        32, "FLOAT size 3"),
                reject("DECL_TAG component below -1", () -> new Craft().anInt()
                        .words(S, info(BtfKind.DECL_TAG, 0, false), 1, -2).bytes(), 2, 52, "component index -2"),
                reject("struct of absurd size", () -> new Craft().words(S, info(BtfKind.STRUCT, 0, false), -8)
                        .bytes(), 1, 32, "is absurd"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedWhenRead(Case c) {
        byte[] input = c.input().get();
        assertThatThrownBy(() -> Btf.read(input)).isInstanceOfSatisfying(BtfFormatException.class, e -> {
            assertThat(e.detail()).contains(c.message());
            assertThat(e.typeId()).isEqualTo(c.typeId());
            assertThat(e.byteOffset()).isEqualTo(c.byteOffset());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decodeCases")
    void rejectedWhenDecoded(Case c) {
        Btf btf = Btf.read(c.input().get());
        assertThatThrownBy(() -> btf.types().forEach(t -> { }))
                .isInstanceOfSatisfying(BtfFormatException.class, e -> {
                    assertThat(e.detail()).contains(c.message());
                    assertThat(e.typeId()).isEqualTo(c.typeId());
                    assertThat(e.byteOffset()).isEqualTo(c.byteOffset());
                });
    }

    @Test
    void typedefCycleIsBoundedByTheResolveDepth() {
        Btf btf = Btf.read(new Craft().words(S, info(BtfKind.TYPEDEF, 0, false), 2, M, info(BtfKind.TYPEDEF, 0,
                false), 1).bytes());
        assertThatThrownBy(() -> btf.skipModsAndTypedefs(1)).isInstanceOf(BtfFormatException.class)
                .hasMessageContaining("chain longer than 32");
        assertThatThrownBy(() -> btf.sizeOf(1)).isInstanceOf(BtfFormatException.class)
                .hasMessageContaining("a cycle?");
        assertThat(btf.typeName(1)).isEqualTo("s"); // a typedef prints as its name: no chain to follow
    }

    @Test
    void pointerCycleIsBoundedWhenNamed() {
        Btf btf = Btf.read(new Craft().words(0, info(BtfKind.CONST, 0, false), 2, 0, info(BtfKind.VOLATILE, 0,
                false), 1).bytes());
        assertThatThrownBy(() -> btf.typeName(1)).isInstanceOf(BtfFormatException.class)
                .hasMessageContaining("deeper than");
    }

    @Test
    void structContainingItselfHasNoAlignment() {
        Btf btf = Btf.read(new Craft().words(S, info(BtfKind.STRUCT, 1, false), 4, M, 1, 0).bytes());
        assertThatThrownBy(() -> btf.alignOf(1)).isInstanceOf(BtfFormatException.class)
                .hasMessageContaining("contains itself");
    }

    @Test
    void arrayElementCountOverflowIsRejected() {
        BtfBuilder b = Btf.builder();
        int i = b.addInt("int", 4, IntEncoding.SIGNED);
        int inner = b.addArray(i, i, 0x10000);
        int outer = b.addArray(inner, i, 0x10000);
        int sized = b.addArray(b.addArray(i, i, 0x4000_0000), i, 1);
        Btf btf = Btf.read(b.build().write());
        assertThatThrownBy(() -> btf.sizeOf(outer)).isInstanceOf(BtfFormatException.class)
                .hasMessageContaining("overflows 32 bits");
        assertThatThrownBy(() -> btf.sizeOf(sized)).isInstanceOf(BtfFormatException.class)
                .hasMessageContaining("overflows 32 bits");
        assertThat(btf.sizeOf(inner)).isEqualTo(0x40000);
    }

    @Test
    void modelFactoriesValidate() {
        assertThatThrownBy(() -> BtfType.Int.of("int", 0, IntEncoding.NONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BtfType.Member("m", -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BtfType.Enum("e", 4, true, List.of(new BtfType.EnumValue("v", 1L << 40))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Btf.of(List.of(BtfType.Void.INSTANCE))).isInstanceOf(IllegalArgumentException.class);
    }
}
