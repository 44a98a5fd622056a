package io.github.bpf4j.sys.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfBuilder;
import io.github.bpf4j.btf.BtfType;
import io.github.bpf4j.btf.BtfType.IntEncoding;
import io.github.bpf4j.btf.BtfType.Member;
import io.github.bpf4j.elf.BpfObject;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordDecoderTest {

    /**
     * struct inner { short a; unsigned char b; };
     * enum color { RED = 0, BLUE = 7 };
     * struct all {
     *   signed char s8; unsigned char u8; short s16; unsigned short u16;      // 0 1 2 4
     *   int s32; unsigned int u32; long s64; unsigned long u64;               // 8 12 16 24
     *   char name[8]; __u8 raw[3]; _Bool flag;                                // 32 40 43
     *   enum color color; int lo : 3, hi : 5; unsigned int wide : 20;        // 44 48(bits) 48+3 48+8
     *   void *ptr; struct inner in; int arr[2];                               // 56 64 68
     *   union { int u_i; char u_c; };                                         // 76 (anonymous)
     * };  // 80 bytes
     */
    static Btf btf() {
        BtfBuilder b = Btf.builder();
        int s8 = b.addInt("signed char", 1, IntEncoding.SIGNED);
        int u8 = b.addInt("unsigned char", 1, IntEncoding.NONE);
        int s16 = b.addInt("short", 2, IntEncoding.SIGNED);
        int u16 = b.addInt("unsigned short", 2, IntEncoding.NONE);
        int s32 = b.addInt("int", 4, IntEncoding.SIGNED);
        int u32 = b.addInt("unsigned int", 4, IntEncoding.NONE);
        int s64 = b.addInt("long", 8, IntEncoding.SIGNED);
        int u64 = b.addInt("unsigned long", 8, IntEncoding.NONE);
        int chr = b.addInt("char", 1, IntEncoding.SIGNED);
        int bool = b.addInt("_Bool", 1, IntEncoding.BOOL);
        int u8t = b.addTypedef("__u8", u8);
        int name = b.addArray(chr, s32, 8);
        int raw = b.addArray(u8t, s32, 3);
        int color = b.add(new BtfType.Enum("color", 4, false,
                List.of(new BtfType.EnumValue("RED", 0), new BtfType.EnumValue("BLUE", 7))));
        int voidPtr = b.addPtr(0);
        int inner = b.addStruct("inner", 4, List.of(Member.of("a", s16, 0), Member.of("b", u8, 16)));
        int arr = b.addArray(s32, s32, 2);
        int anon = b.addUnion("", 4, List.of(Member.of("u_i", s32, 0), Member.of("u_c", chr, 0)));
        b.addStruct("all", 80, List.of(
                Member.of("s8", s8, 0), Member.of("u8", u8, 8), Member.of("s16", s16, 16),
                Member.of("u16", u16, 32), Member.of("s32", s32, 64), Member.of("u32", u32, 96),
                Member.of("s64", s64, 128), Member.of("u64", u64, 192), Member.of("name", name, 256),
                Member.of("raw", raw, 320), Member.of("flag", bool, 344), Member.of("color", color, 352),
                new Member("lo", s32, 384, 3), new Member("hi", s32, 387, 5), new Member("wide", u32, 392, 20),
                Member.of("ptr", voidPtr, 448), Member.of("in", inner, 512), Member.of("arr", arr, 544),
                Member.of("", anon, 608)));
        return b.build();
    }

    @Test
    void decodesEveryKindOfMember() {
        ByteBuffer r = ByteBuffer.allocate(80).order(ByteOrder.LITTLE_ENDIAN);
        r.put(0, (byte) -5).put(1, (byte) 250).putShort(2, (short) -300).putShort(4, (short) 60000);
        r.putInt(8, -70000).putInt(12, 0xfffffff0).putLong(16, -1L << 40).putLong(24, -2L);
        r.put(32, "abc\0zz".getBytes(StandardCharsets.US_ASCII));
        r.put(40, (byte) 1).put(41, (byte) 2).put(42, (byte) 0xff).put(43, (byte) 1).putInt(44, 7);
        // lo = -3 (bits 0..2 = 0b101), hi = 9 (bits 3..7), wide = 0xabcde (bits 8..27)
        int bits = 0b101 | (9 << 3) | (0xabcde << 8);
        r.putInt(48, bits);
        r.putLong(56, 0xffff888012345678L).putShort(64, (short) -2).put(66, (byte) 200);
        r.putInt(68, 11).putInt(72, -12).putInt(76, 0x41);
        RecordValue v = RecordDecoder.of(btf(), "all").decode(r);
        assertThat(v.typeName()).isEqualTo("struct all");
        assertThat(v.getLong("s8")).isEqualTo(-5);
        assertThat(v.getLong("u8")).isEqualTo(250);
        assertThat(v.getLong("s16")).isEqualTo(-300);
        assertThat(v.getLong("u16")).isEqualTo(60000);
        assertThat(v.getLong("s32")).isEqualTo(-70000);
        assertThat(v.getLong("u32")).isEqualTo(0xfffffff0L);
        assertThat(v.getLong("s64")).isEqualTo(-1L << 40);
        assertThat(Long.toUnsignedString(v.getLong("u64"))).isEqualTo("18446744073709551614");
        assertThat(v.getString("name")).isEqualTo("abc");
        assertThat((byte[]) v.get("raw")).containsExactly(1, 2, 0xff);
        assertThat(v.get("flag")).isEqualTo(true);
        assertThat(v.getString("color")).isEqualTo("BLUE");
        assertThat(v.getLong("lo")).isEqualTo(-3);
        assertThat(v.getLong("hi")).isEqualTo(9);
        assertThat(v.getLong("wide")).isEqualTo(0xabcde);
        assertThat(v.getLong("ptr")).isEqualTo(0xffff888012345678L);
        assertThat(v.getLong("in.a")).isEqualTo(-2);
        assertThat(v.getLong("in.b")).isEqualTo(200);
        assertThat(v.get("arr")).isEqualTo(List.of(11L, -12L));
        assertThat(v.getLong("u_i")).isEqualTo(0x41);
        assertThat(v.getLong("u_c")).isEqualTo(0x41); // a single char is a number, as in C
    }

    @Test
    void enumValueWithoutNameStaysANumber() {
        ByteBuffer r = ByteBuffer.allocate(80).order(ByteOrder.LITTLE_ENDIAN).putInt(44, 3);
        assertThat(RecordDecoder.of(btf(), "all").decode(r).get("color")).isEqualTo(3L);
    }

    @Test
    void bigEndianBitfieldsTakeTheHighBitsFirst() {
        ByteBuffer b = ByteBuffer.wrap(new byte[] {(byte) 0b1010_0000, 0}).order(ByteOrder.BIG_ENDIAN);
        assertThat(RecordDecoder.bitfield(b, 0, 0, 3, false, 1)).isEqualTo(0b101);
        assertThat(RecordDecoder.bitfield(b, 0, 0, 3, true, 1)).isEqualTo(-3);
    }

    @Test
    void shortRecordIsRefusedWithBothSizes() {
        assertThatThrownBy(() -> RecordDecoder.of(btf(), "all").decode(new byte[79]))
                .isInstanceOf(RecordFormatException.class)
                .hasMessageContaining("79 bytes is shorter than struct all (80 bytes)");
    }

    @Test
    void unknownStructIsNamed() {
        assertThatThrownBy(() -> RecordDecoder.of(btf(), "nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nope'");
    }

    @Test
    void memberPastTheStructIsRefused() {
        BtfBuilder b = Btf.builder();
        int i = b.addInt("int", 4, IntEncoding.SIGNED);
        b.addStruct("bad", 4, List.of(Member.of("x", i, 32)));
        assertThatThrownBy(() -> RecordDecoder.of(b.build(), "bad")).isInstanceOf(RecordFormatException.class)
                .hasMessageContaining("past the type's 4 bytes");
    }

    @Test
    void functionMemberHasNoLayout() {
        BtfBuilder b = Btf.builder();
        int i = b.addInt("int", 4, IntEncoding.SIGNED);
        int fwd = b.add(new BtfType.Fwd("opaque", false));
        b.addStruct("holder", 4, List.of(Member.of("x", i, 0), Member.of("o", fwd, 0)));
        assertThatThrownBy(() -> RecordDecoder.of(b.build(), "holder")).isInstanceOf(RecordFormatException.class);
    }

    /** The event struct of testdata's execsnoop_rb.o, as clang laid it out (no kernel needed). */
    @Test
    void execsnoopEventFromTheObjectsBtf() {
        Path o = Path.of(System.getProperty("bpf4j.testdata", "../testdata"), "build", "execsnoop_rb.o");
        RecordDecoder d = RecordDecoder.of(BpfObject.read(o).btf().orElseThrow(), "event");
        assertThat(d.size()).isEqualTo(176);
        ByteBuffer r = ByteBuffer.allocate(176).order(ByteOrder.nativeOrder());
        r.putInt(0, 42).putInt(4, 1).putInt(8, 1000).putInt(12, -1).putLong(16, 99).put(24, (byte) 1);
        r.put(25, "sh\0".getBytes(StandardCharsets.US_ASCII)).put(41, "/bin/true\0".getBytes(StandardCharsets.US_ASCII));
        RecordValue v = d.decode(r);
        assertThat(v.toString()).isEqualTo("struct event{pid=42, ppid=1, uid=1000, exit_code=-1, ts_ns=99, "
                + "is_exit=1, comm=\"sh\", filename=\"/bin/true\"}");
    }
}
