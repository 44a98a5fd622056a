package io.github.bpf4j.asm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InsnCodecTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    /** Encodings as llvm-mc-19 -triple bpfel -mcpu=v4 -show-encoding prints them. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "r0 = 1                           | b7 00 00 00 01 00 00 00 | ALU",
        "w1 = w2                          | bc 21 00 00 00 00 00 00 | ALU",
        "r1 s/= r2                        | 3f 21 01 00 00 00 00 00 | ALU",
        "r1 = (s16)r2                     | bf 21 10 00 00 00 00 00 | ALU",
        "r1 = -r1                         | 87 01 00 00 00 00 00 00 | ALU",
        "r1 = be16 r1                     | dc 01 00 00 10 00 00 00 | ENDIAN",
        "r1 = bswap64 r1                  | d7 01 00 00 40 00 00 00 | ENDIAN",
        "if r1 > 5 goto +3                | 25 01 03 00 05 00 00 00 | JUMP",
        "if w1 s< w2 goto -1              | ce 21 ff ff 00 00 00 00 | JUMP",
        "goto +2                          | 05 00 02 00 00 00 00 00 | GOTO",
        "gotol +70000                     | 06 00 00 00 70 11 01 00 | GOTO",
        "may_goto +4                      | e5 00 04 00 00 00 00 00 | MAY_GOTO",
        "call 1                           | 85 00 00 00 01 00 00 00 | CALL",
        "call local -1                    | 85 10 00 00 ff ff ff ff | CALL",
        "exit                             | 95 00 00 00 00 00 00 00 | EXIT",
        "r5 = *(u16 *)(r1 + 0)            | 69 15 00 00 00 00 00 00 | LOAD",
        "r1 = *(s8 *)(r2 - 4)             | 91 21 fc ff 00 00 00 00 | LOAD",
        "*(u32 *)(r10 - 4) = r1           | 63 1a fc ff 00 00 00 00 | STORE_REG",
        "*(u64 *)(r10 - 8) = 7            | 7a 0a f8 ff 07 00 00 00 | STORE_IMM",
        "lock *(u64 *)(r1 + 0) += r2      | db 21 00 00 00 00 00 00 | ATOMIC",
        "r0 = cmpxchg_64(r1 + 8, r0, r2)  | db 21 08 00 f1 00 00 00 | ATOMIC",
        "r0 = *(u8 *)skb[12]              | 30 00 00 00 0c 00 00 00 | LOAD_PACKET",
        "r0 = *(u16 *)skb[r3 + 2]         | 48 30 00 00 02 00 00 00 | LOAD_PACKET",
    })
    void decodesAndEncodesKnownForms(String text, String bytes, Insn.Kind kind) {
        byte[] b = hex(bytes);
        List<Insn> insns = InsnCodec.decode(b);
        assertThat(insns).hasSize(1);
        assertThat(insns.get(0).kind()).as(text).isEqualTo(kind);
        assertThat(InsnCodec.encode(insns)).isEqualTo(b);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown opcode 0x00                         | 00 00 00 00 00 00 00 00",
        "register r11                                | b7 0b 00 00 00 00 00 00",
        "mov with immediate and a source register    | b7 20 00 00 01 00 00 00",
        "mov of a register with an immediate         | bf 21 00 00 01 00 00 00",
        "add with an offset                          | 07 01 01 00 01 00 00 00",
        "movsx in 32 bits from 32 bits               | bc 21 20 00 00 00 00 00",
        "neg of a register                           | 8f 21 00 00 00 00 00 00",
        "byte swap of 8 bits                         | dc 01 00 00 08 00 00 00",
        "bswap with the source bit                   | df 01 00 00 10 00 00 00",
        "exit with an immediate                      | 95 00 00 00 01 00 00 00",
        "call of a register (callx)                  | 8d 01 00 00 00 00 00 00",
        "call with an unknown source                 | 85 30 00 00 01 00 00 00",
        "helper call with an offset                  | 85 00 01 00 01 00 00 00",
        "jmp32 exit                                  | 96 00 00 00 00 00 00 00",
        "ldx with an immediate                       | 61 21 00 00 01 00 00 00",
        "ldx memsx of 8 bytes                        | 99 21 00 00 00 00 00 00",
        "st with a source register                   | 62 2a 00 00 00 00 00 00",
        "atomic with an unknown operation            | db 21 00 00 02 00 00 00",
        "atomic add of one byte                      | d3 21 00 00 00 00 00 00",
        "packet load of 8 bytes                      | 38 00 00 00 00 00 00 00",
        "absolute packet load with a source register | 30 10 00 00 00 00 00 00",
        "ld_imm64 without its second slot            | 18 01 00 00 01 00 00 00",
        "conditional jump of an immediate with src   | 15 21 01 00 00 00 00 00",
    })
    void invalidSlotsStayRaw(String why, String bytes) {
        byte[] b = hex(bytes);
        List<Insn> insns = InsnCodec.decode(b);
        assertThat(insns.get(0).kind()).as(why).isEqualTo(Insn.Kind.RAW);
        assertThat(InsnCodec.encode(insns)).isEqualTo(b);
    }

    @org.junit.jupiter.api.Test
    void loadImm64TakesTwoSlots() {
        byte[] b = hex("18 01 00 00 78 56 34 12 00 00 00 00 f0 de bc 9a 95 00 00 00 00 00 00 00");
        List<Insn> insns = InsnCodec.decode(b);
        assertThat(insns).hasSize(2);
        LoadImm64 ld = (LoadImm64) insns.get(0);
        assertThat(ld.value()).isEqualTo(0x9abcdef012345678L);
        assertThat(ld.dst()).isEqualTo(Reg.R1);
        assertThat(InsnCodec.slotCount(insns)).isEqualTo(3);
        assertThat(InsnCodec.encode(insns)).isEqualTo(b);
    }

    @org.junit.jupiter.api.Test
    void loadImm64WithDirtySecondSlotIsRawThenNextSlot() {
        byte[] b = hex("18 01 00 00 01 00 00 00 b7 00 00 00 00 00 00 00");
        List<Insn> insns = InsnCodec.decode(b);
        assertThat(insns).extracting(Insn::kind).containsExactly(Insn.Kind.RAW, Insn.Kind.ALU);
        assertThat(InsnCodec.encode(insns)).isEqualTo(b);
    }

    @org.junit.jupiter.api.Test
    void bigEndianSwapsRegisterNibbles() {
        byte[] be = hex("bf 12 00 00 00 00 00 00");
        Alu mov = (Alu) InsnCodec.decode(be, 0, 8, ByteOrder.BIG_ENDIAN).get(0);
        assertThat(mov.dst()).isEqualTo(Reg.R1);
        assertThat(mov.src()).isEqualTo(Reg.R2);
        assertThat(InsnCodec.encode(List.of(mov), ByteOrder.BIG_ENDIAN)).isEqualTo(be);
        assertThat(InsnCodec.encode(List.of(mov), ByteOrder.LITTLE_ENDIAN)).isEqualTo(hex("bf 21 00 00 00 00 00 00"));
    }

    @org.junit.jupiter.api.Test
    void partialSlotIsRefused() {
        assertThatThrownBy(() -> InsnCodec.decode(new byte[12]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("leave 4 over");
    }

    @Property(tries = 20000)
    void decodeThenEncodeIsIdentity(@ForAll("programs") byte[] bytes, @ForAll boolean bigEndian) {
        ByteOrder order = bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        List<Insn> insns = InsnCodec.decode(bytes, 0, bytes.length, order);
        assertThat(InsnCodec.encode(insns, order)).isEqualTo(bytes);
    }

    @Property(tries = 20000)
    void fastPathAgreesWithTheRules(@ForAll("programs") byte[] bytes, @ForAll boolean bigEndian) {
        ByteOrder order = bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        List<Insn> insns = InsnCodec.decode(bytes, 0, bytes.length, order);
        int p = 0;
        for (Insn insn : insns) {
            assertThat(insn.kind()).isEqualTo(InsnCodec.classifyForTest(bytes, p, bytes.length, order));
            assertThat(InsnCodec.decodeAt(bytes, p, bytes.length, order)).isEqualTo(insn);
            p += insn.slots() * InsnCodec.SLOT;
        }
    }

    /** Slots biased towards valid forms: every opcode, fields mostly zero or small, sometimes anything. */
    @Provide
    Arbitrary<byte[]> programs() {
        Arbitrary<Integer> nibble = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(6, 0), net.jqwik.api.Tuple.of(6, 1), net.jqwik.api.Tuple.of(3, 10),
                net.jqwik.api.Tuple.of(2, 11), net.jqwik.api.Tuple.of(2, 15));
        Arbitrary<Integer> off = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.of(1, 8, 16, 32, -1),
                Arbitraries.integers().between(Short.MIN_VALUE, Short.MAX_VALUE));
        Arbitrary<Integer> imm = Arbitraries.oneOf(Arbitraries.just(0),
                Arbitraries.of(1, 16, 32, 64, 0x01, 0x41, 0xe1, 0xf1, 0x100, 0x110, 1 << 16),
                Arbitraries.integers());
        Arbitrary<Integer> code = Arbitraries.oneOf(Arbitraries.integers().between(0, 255), Arbitraries.just(0x18));
        Arbitrary<byte[]> slot = Combinators.combine(code, nibble, nibble, off, imm).as((c, d, s, o, i) -> new byte[] {
            (byte) (int) c, (byte) (d | s << 4), (byte) (int) o, (byte) (o >> 8),
            (byte) (int) i, (byte) (i >> 8), (byte) (i >> 16), (byte) (i >> 24)});
        return slot.list().ofMinSize(1).ofMaxSize(12).map(list -> {
            byte[] out = new byte[list.size() * 8];
            for (int k = 0; k < list.size(); k++) {
                System.arraycopy(list.get(k), 0, out, k * 8, 8);
            }
            return out;
        });
    }
}
