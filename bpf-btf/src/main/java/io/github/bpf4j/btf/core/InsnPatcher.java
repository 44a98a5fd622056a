package io.github.bpf4j.btf.core;

import io.github.bpf4j.asm.Size;
import io.github.bpf4j.btf.CoreReloKind;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Patches one relocated instruction in place, on little-endian encoded slots. Follows libbpf 1.1 relo_core.c
 * {@code bpf_core_patch_insn} and {@code bpf_core_poison_insn}: working on the raw fields rather than on decoded
 * records keeps every instruction form libbpf accepts (any ALU op with an immediate, any LDX/ST/STX mode) and gives
 * the same bytes libbpf would.
 */
final class InsnPatcher {

    /** The helper number libbpf calls in a poisoned instruction: 0xbad2310, "bad relo". */
    static final int POISON_HELPER = 195896080;

    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private static final int LD_IMM64 = 0x18;

    private InsnPatcher() {}

    /** What the patch did, for the report. */
    enum Action { POISONED, IMM, OFF, OFF_AND_SIZE, IMM64 }

    /**
     * Patches slot {@code idx} of {@code code} (which holds {@code slots} slots) with {@code res}.
     *
     * @throws CoreRelocationException when libbpf would fail the load
     */
    static Action patch(byte[] code, int slots, int idx, int reloIdx, CoreReloKind kind, ReloRes res) {
        int p = idx * 8;
        int opcode = code[p] & 0xff;
        if (res.poison()) {
            return poison(code, slots, idx);
        }
        long orig = res.origValue();
        long val = res.newValue();
        switch (opcode & 0x07) {
            case 0x04, 0x07 -> { // ALU, ALU64
                if ((opcode & 0x08) != 0) {
                    throw fail(reloIdx, idx, kind, "EINVAL", "ALU/ALU64 instruction with a register operand");
                }
                int imm = imm(code, p);
                if (res.validate() && imm != orig) {
                    throw fail(reloIdx, idx, kind, "EINVAL", "unexpected insn #" + idx + " (ALU/ALU64) value: got "
                            + Integer.toUnsignedString(imm) + ", exp " + Long.toUnsignedString(orig) + " -> "
                            + Long.toUnsignedString(val));
                }
                INT.set(code, p + 4, (int) val);
                return Action.IMM;
            }
            case 0x01, 0x02, 0x03 -> { // LDX, ST, STX
                short off = (short) SHORT.get(code, p + 2);
                if (res.validate() && off != orig) {
                    throw fail(reloIdx, idx, kind, "EINVAL", "unexpected insn #" + idx + " (LDX/ST/STX) value: got "
                            + Integer.toUnsignedString(off) + ", exp " + Long.toUnsignedString(orig) + " -> "
                            + Long.toUnsignedString(val));
                }
                if (Long.compareUnsigned(val, Short.MAX_VALUE) > 0) {
                    throw fail(reloIdx, idx, kind, "ERANGE", "insn #" + idx + " (LDX/ST/STX) value too big: "
                            + Long.toUnsignedString(val));
                }
                if (res.failMemszAdjust()) {
                    // libbpf warns "accesses field incorrectly" and poisons instead of failing
                    return poison(code, slots, idx);
                }
                SHORT.set(code, p + 2, (short) val);
                if (res.newSize() != res.origSize()) {
                    int bytes = Size.of(opcode).bytes();
                    if (bytes != res.origSize()) {
                        throw fail(reloIdx, idx, kind, "EINVAL", "insn #" + idx
                                + " (LDX/ST/STX) unexpected mem size: got " + bytes + ", exp " + res.origSize());
                    }
                    int sizeBits = switch (res.newSize()) {
                        case 8 -> 0x18;
                        case 4 -> 0x00;
                        case 2 -> 0x08;
                        case 1 -> 0x10;
                        default -> throw fail(reloIdx, idx, kind, "EINVAL", "insn #" + idx
                                + " (LDX/ST/STX) invalid new mem size: " + res.newSize());
                    };
                    code[p] = (byte) ((opcode & 0xe0) | sizeBits | (opcode & 0x07));
                    return Action.OFF_AND_SIZE;
                }
                return Action.OFF;
            }
            case 0x00 -> { // LD
                int q = p + 8;
                boolean wellFormed = opcode == LD_IMM64 && idx + 1 < slots && (code[p + 1] & 0xf0) == 0
                        && (short) SHORT.get(code, p + 2) == 0 && code[q] == 0 && code[q + 1] == 0
                        && (short) SHORT.get(code, q + 2) == 0;
                if (!wellFormed) {
                    throw fail(reloIdx, idx, kind, "EINVAL", "insn #" + idx + " (LDIMM64) has unexpected form");
                }
                long imm64 = (imm(code, p) & 0xffffffffL) | ((long) imm(code, q) << 32);
                if (res.validate() && imm64 != orig) {
                    throw fail(reloIdx, idx, kind, "EINVAL", "unexpected insn #" + idx + " (LDIMM64) value: got "
                            + Long.toUnsignedString(imm64) + ", exp " + Long.toUnsignedString(orig) + " -> "
                            + Long.toUnsignedString(val));
                }
                INT.set(code, p + 4, (int) val);
                INT.set(code, q + 4, (int) (val >>> 32));
                return Action.IMM64;
            }
            default -> throw fail(reloIdx, idx, kind, "EINVAL", String.format(
                    "trying to relocate unrecognized insn #%d, code:0x%x, src:0x%x, dst:0x%x, off:0x%x, imm:0x%x",
                    idx, opcode, (code[p + 1] & 0xf0) >>> 4, code[p + 1] & 0x0f,
                    (short) SHORT.get(code, p + 2), imm(code, p)));
        }
    }

    /** Replaces the slot (and the second slot of a 64-bit immediate load) with {@code call 0xbad2310}. */
    static Action poison(byte[] code, int slots, int idx) {
        int p = idx * 8;
        if ((code[p] & 0xff) == LD_IMM64 && idx + 1 < slots) {
            writePoison(code, p + 8);
        }
        writePoison(code, p);
        return Action.POISONED;
    }

    private static void writePoison(byte[] code, int p) {
        code[p] = (byte) 0x85;
        code[p + 1] = 0;
        SHORT.set(code, p + 2, (short) 0);
        INT.set(code, p + 4, POISON_HELPER);
    }

    private static int imm(byte[] code, int p) {
        return (int) INT.get(code, p + 4);
    }

    private static CoreRelocationException fail(int reloIdx, int idx, CoreReloKind kind, String errno, String msg) {
        return new CoreRelocationException(reloIdx, idx, kind, errno, msg);
    }
}
