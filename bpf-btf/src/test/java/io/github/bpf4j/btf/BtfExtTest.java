package io.github.bpf4j.btf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.btf.BtfExt.CoreRelo;
import io.github.bpf4j.btf.BtfExt.FuncInfo;
import io.github.bpf4j.btf.BtfExt.LineInfo;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BtfExtTest {
    private static final Btf BTF = Btf.read(TestInputs.layoutsBtf());

    @Test
    void readsFuncLineAndCoreRecordsPerSection() {
        BtfExt ext = BtfExt.read(TestInputs.layoutsExt(), BTF);
        assertThat(ext.funcInfos().keySet()).containsExactly("tc", ".text");
        FuncInfo prog = ext.funcInfos().get("tc").get(0);
        assertThat(BTF.name(prog.typeId())).isEqualTo("prog");
        assertThat(BTF.name(ext.funcInfos().get(".text").get(0).typeId())).isEqualTo("helper");
        LineInfo first = ext.lineInfos().get("tc").get(0);
        assertThat(first.fileName()).isEqualTo("./layouts.c");
        assertThat(first.line()).contains("int prog(struct holes *h)");
        assertThat(ext.lineInfos().get("tc")).extracting(LineInfo::line).contains("\tcounter++;");
        // h->point.y, h->in.flags, h->bits_b: member 9 field 1, member 7 field 1, member 5 of struct holes.
        assertThat(ext.coreRelos().get("tc")).containsExactly(new CoreRelo(64, 2, "0:9:1",
                CoreReloKind.FIELD_BYTE_OFFSET));
        assertThat(ext.coreRelos().get(".text")).extracting(CoreRelo::accessString).containsExactly("0:7:1", "0:5");
        assertThat(BTF.name(ext.coreRelos().get("tc").get(0).typeId())).isEqualTo("holes");
    }

    @Test
    void bigEndianObjectGivesTheSameRecords() {
        Btf eb = Btf.read(TestInputs.resource("layouts-eb.btf"));
        assertThat(BtfExt.read(TestInputs.resource("layouts-eb.btf.ext"), eb))
                .isEqualTo(BtfExt.read(TestInputs.layoutsExt(), BTF));
    }

    @Test
    void writeThenReadGivesTheSameRecords() {
        BtfExt ext = BtfExt.read(TestInputs.layoutsExt(), BTF);
        for (ByteOrder order : List.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN)) {
            BtfWriter w = new BtfWriter(BTF);
            byte[] extBytes = ext.write(w, order);
            Btf reread = Btf.read(w.write(order));
            assertThat(BtfExt.read(extBytes, reread)).isEqualTo(ext);
        }
    }

    @Test
    void largerRecordsThanKnownAreSkipped() {
        // func_info with 12-byte records: the 4 extra bytes per record are ignored.
        byte[] ext = ext(32, words(12, 1, 2, 8, 31, 0xdead, 16, 33, 0xbeef), new int[0], new int[0]);
        BtfExt read = BtfExt.read(ext, BTF);
        assertThat(read.funcInfos()).isEqualTo(Map.of(BTF.string(1), List.of(new FuncInfo(8, 31), new FuncInfo(16, 33))));
    }

    @Test
    void headerWithoutCoreReloSection() {
        byte[] ext = ext(24, words(8, 1, 1, 0, 31), new int[0], null);
        assertThat(BtfExt.read(ext, BTF).coreRelos()).isEmpty();
    }

    static int[] words(int... w) {
        return w;
    }

    /** Header of {@code hdrLen} bytes followed by the three blocks; {@code relos} null leaves its fields out. */
    static byte[] ext(int hdrLen, int[] funcs, int[] lines, int[] relos) {
        int f = funcs.length * 4, l = lines.length * 4, c = relos == null ? 0 : relos.length * 4;
        ByteBuffer b = ByteBuffer.allocate(hdrLen + f + l + c).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0xeb9f).put((byte) 1).put((byte) 0).putInt(hdrLen).putInt(0).putInt(f).putInt(f).putInt(l);
        if (hdrLen >= 32) {
            b.putInt(f + l).putInt(c);
        }
        b.position(hdrLen);
        for (int w : funcs) {
            b.putInt(w);
        }
        for (int w : lines) {
            b.putInt(w);
        }
        if (relos != null) {
            for (int w : relos) {
                b.putInt(w);
            }
        }
        return b.array();
    }

    record Case(byte[] input, long byteOffset, String message) { }

    static Arguments reject(String name, byte[] input, long byteOffset, String message) {
        return Arguments.of(Named.of(name, new Case(input, byteOffset, message)));
    }

    static Stream<Arguments> rejections() {
        int[] none = new int[0];
        byte[] badVersion = ext(32, none, none, none);
        badVersion[2] = 3;
        byte[] shortHeader = ext(32, none, none, none);
        ByteBuffer.wrap(shortHeader).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 16);
        byte[] beyond = ext(32, words(8, 1, 1, 0, 31), none, none);
        ByteBuffer.wrap(beyond).order(ByteOrder.LITTLE_ENDIAN).putInt(12, 400);
        return Stream.of(
                reject("bad magic", new byte[] {0, 0, 1, 0, 0, 0, 0, 0}, 0, "bad .BTF.ext magic"),
                reject("truncated header", new byte[] {(byte) 0x9f, (byte) 0xeb, 1, 0}, 4, "header truncated"),
                reject("unsupported version", badVersion, 2, "unsupported version 3"),
                reject("header length below 24", shortHeader, 4, "header length 16"),
                reject("func_info beyond the data", beyond, 8, "func_info 0+400 beyond"),
                reject("block too short for its record size", shortBlock(), 32, "too short for its record size"),
                reject("record size below the minimum", ext(32, words(4, 1, 1, 0), none, none), 32,
                        "record size 4"),
                reject("record size not a multiple of 4", ext(32, words(10, 1, 1, 0, 0, 0), none, none), 32,
                        "record size 10"),
                reject("section header truncated", ext(32, words(8, 1), none, none), 36,
                        "section header truncated"),
                reject("section name not in the strings", ext(32, words(8, 99999, 1, 0, 31), none, none), 36,
                        "string offset 99999"),
                reject("section without records", ext(32, words(8, 1, 0), none, none), 40, "has no records"),
                reject("records overflow the block", ext(32, words(8, 1, 5, 0, 31), none, none), 40,
                        "5 records of 8 bytes overflow"),
                reject("func_info type id out of range", ext(32, words(8, 1, 1, 0, 5000), none, none), 48,
                        "type id 5000 out of range"),
                reject("line_info file name not in the strings", ext(32, none, words(16, 1, 1, 0, 77777, 1, 0),
                        none), 48, "string offset 77777"),
                reject("unknown CO-RE relocation kind", ext(32, none, none, words(16, 1, 1, 0, 2, 1, 13)), 56,
                        "unknown CO-RE relocation kind 13"));
    }

    private static byte[] shortBlock() {
        byte[] b = ext(32, words(8), new int[0], new int[0]);
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(12, 2);
        return b;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejected(Case c) {
        assertThatThrownBy(() -> BtfExt.read(c.input(), BTF)).isInstanceOfSatisfying(BtfFormatException.class, e -> {
            assertThat(e.detail()).contains(c.message());
            assertThat(e.byteOffset()).isEqualTo(c.byteOffset());
        });
    }
}
