package io.github.bpf4j.asm;

/**
 * Byte-order conversions (operation bits {@code 0xd0}). {@code LE} and {@code BE} are class ALU with the source
 * bit choosing the target order; {@code BSWAP} is class ALU64 with the source bit clear (cpuv4). The immediate
 * gives the width: 16, 32 or 64.
 */
public enum EndianOp {
    /** Convert to little endian: {@code 0xd4}. */
    LE(0xd4, "le"),
    /** Convert to big endian: {@code 0xdc}. */
    BE(0xdc, "be"),
    /** Unconditional byte swap: {@code 0xd7}. */
    BSWAP(0xd7, "bswap");

    private final int opcode;
    private final String mnemonic;

    EndianOp(int opcode, String mnemonic) {
        this.opcode = opcode;
        this.mnemonic = mnemonic;
    }

    /** The whole opcode byte. */
    public int opcode() {
        return opcode;
    }

    /** {@code le}, {@code be} or {@code bswap}, as in {@code r1 = be16 r1}. */
    public String mnemonic() {
        return mnemonic;
    }

    /** The operation of an opcode byte, or {@code null}. */
    public static EndianOp ofOrNull(int opcode) {
        return switch (opcode) {
            case 0xd4 -> LE;
            case 0xdc -> BE;
            case 0xd7 -> BSWAP;
            default -> null;
        };
    }
}
