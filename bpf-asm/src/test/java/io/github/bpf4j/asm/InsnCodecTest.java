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
    void rangeBoundsTheSecondSlotOfA64BitLoad() {
        // exit, then a 64-bit load whose clean second slot lies just past the range: the range ends the program
        byte[] b = hex("ff ff ff ff ff ff ff ff 95 00 00 00 00 00 00 00 18 01 00 00 01 00 00 00"
                + " 00 00 00 00 02 00 00 00");
        List<Insn> insns = InsnCodec.decode(b, 8, 16, ByteOrder.LITTLE_ENDIAN);
        assertThat(insns).containsExactly(Exit.INSTANCE, new Raw(0x18, 1, 0, (short) 0, 1));
        assertThat(InsnCodec.decode(b, 8, 24, ByteOrder.LITTLE_ENDIAN))
                .containsExactly(Exit.INSTANCE, LoadImm64.of(Reg.R1, 0x0000000200000001L));
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
        assertAgreesWithTheRules(bytes, bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * The fast path's tables against the rules for every opcode and register byte, each with offsets and
     * immediates at the edges of what some family accepts (division and sign-extension offsets, byte-swap widths,
     * atomic operations, address-space casts), in both byte orders.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"LITTLE_ENDIAN", "BIG_ENDIAN"})
    void fastTablesAgreeWithTheRulesForEveryOpcodeAndRegisterByte(String orderName) {
        ByteOrder order = orderName.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        short[] offs = {0, 1, 8, 32, -1};
        int[] imms = {0, 1, 8, 16, 32, 64, 0x41, 0xe1, 0xf1, 0x100, 0x110, 1 << 16, -1, 0x200};
        for (int code = 0; code < 256; code++) {
            byte[] bytes = new byte[256 * offs.length * imms.length * InsnCodec.SLOT];
            int p = 0;
            for (int regs = 0; regs < 256; regs++) {
                for (short off : offs) {
                    for (int imm : imms) {
                        slot(bytes, p, code, regs, off, imm, order);
                        p += InsnCodec.SLOT;
                    }
                }
            }
            assertAgreesWithTheRules(bytes, order);
        }
    }

    /** Opcode 0x18 with every register byte and offset 0 or 1, its second slot clean, dirty or missing. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"LITTLE_ENDIAN", "BIG_ENDIAN"})
    void loadImm64PairsAgreeWithTheRules(String orderName) {
        ByteOrder order = orderName.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        int[][] seconds = {{0, 0, 0}, {0x18, 0, 0}, {0, 0x01, 0}, {0, 0x10, 0}, {0, 0, 1}, {0, 0, -1}};
        for (int off = 0; off <= 1; off++) {
            for (int[] second : seconds) {
                byte[] bytes = new byte[256 * 2 * InsnCodec.SLOT];
                int p = 0;
                for (int regs = 0; regs < 256; regs++) {
                    slot(bytes, p, 0x18, regs, (short) off, 0x12345678, order);
                    slot(bytes, p + InsnCodec.SLOT, second[0], second[1], (short) second[2], 0x9abcdef0, order);
                    p += 2 * InsnCodec.SLOT;
                }
                assertAgreesWithTheRules(bytes, order);
                // and without its second slot
                assertAgreesWithTheRules(java.util.Arrays.copyOf(bytes, InsnCodec.SLOT), order);
            }
        }
    }

    /** Chunks hold a fixed number of instructions: a 64-bit load across a chunk's end stays one element. */
    @ParameterizedTest(name = "64-bit load at index {0}")
    @CsvSource({"16382", "16383", "16384", "32767"})
    void loadImm64AcrossChunks(int at) {
        List<Insn> insns = new java.util.ArrayList<>();
        for (int k = 0; k < at; k++) {
            insns.add(Alu.imm(true, AluOp.MOV, Reg.R0, k));
        }
        insns.add(LoadImm64.of(Reg.R3, 0x0123456789abcdefL));
        for (int k = 0; k < 40000 - at; k++) {
            insns.add(k % 3 == 0 ? LoadImm64.of(Reg.R1, k) : Alu.imm(true, AluOp.ADD, Reg.R2, k));
        }
        insns.add(Exit.INSTANCE);
        byte[] bytes = InsnCodec.encode(insns);
        List<Insn> decoded = InsnCodec.decode(bytes);
        assertThat(decoded).hasSize(insns.size());
        assertThat(decoded.get(at)).isEqualTo(LoadImm64.of(Reg.R3, 0x0123456789abcdefL));
        assertThat(decoded).isEqualTo(insns);
        assertAgreesWithTheRules(bytes, ByteOrder.LITTLE_ENDIAN);
        assertThatThrownBy(() -> decoded.get(insns.size())).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static void slot(byte[] b, int p, int code, int regs, short off, int imm, ByteOrder order) {
        java.nio.ByteBuffer.wrap(b, p, InsnCodec.SLOT).order(order)
                .put((byte) code).put((byte) regs).putShort(off).putInt(imm);
    }

    /**
     * Every element of {@code decode} equals what the full rules give at its position ({@code decodeAt}), and
     * the elements cover the input.
     */
    private static void assertAgreesWithTheRules(byte[] bytes, ByteOrder order) {
        List<Insn> insns = InsnCodec.decode(bytes, 0, bytes.length, order);
        int p = 0;
        for (Insn insn : insns) {
            Insn expected = InsnCodec.decodeAt(bytes, p, bytes.length, order);
            if (!expected.equals(insn)) {
                assertThat(insn).as("slot at byte %d: %s", p,
                        HexFormat.of().formatHex(bytes, p, Math.min(bytes.length, p + 16))).isEqualTo(expected);
            }
            p += insn.slots() * InsnCodec.SLOT;
        }
        assertThat(p).isEqualTo(bytes.length);
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
