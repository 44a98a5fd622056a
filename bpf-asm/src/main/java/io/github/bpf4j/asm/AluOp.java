package io.github.bpf4j.asm;

/**
 * An arithmetic operation of class ALU or ALU64. The operation bits are {@code code & 0xf0}; several operations
 * share those bits and differ in the offset field (cpuv4): signed division and modulo use offset 1, sign-extending
 * moves use 8, 16 or 32, and the address-space cast uses 1 on a 64-bit register move.
 * Byte swaps ({@code 0xd0}) are {@link EndianOp}, not here.
 */
public enum AluOp {
    ADD(0x00, 0, "+="),
    SUB(0x10, 0, "-="),
    MUL(0x20, 0, "*="),
    DIV(0x30, 0, "/="),
    SDIV(0x30, 1, "s/="),
    OR(0x40, 0, "|="),
    AND(0x50, 0, "&="),
    LSH(0x60, 0, "<<="),
    RSH(0x70, 0, ">>="),
    /** Negation; takes no source operand. */
    NEG(0x80, 0, "= -"),
    MOD(0x90, 0, "%="),
    SMOD(0x90, 1, "s%="),
    XOR(0xa0, 0, "^="),
    MOV(0xb0, 0, "="),
    /** Move with sign extension from 8 bits (register source only). */
    MOVSX8(0xb0, 8, "= (s8)"),
    /** Move with sign extension from 16 bits (register source only). */
    MOVSX16(0xb0, 16, "= (s16)"),
    /** Move with sign extension from 32 bits (ALU64, register source only). */
    MOVSX32(0xb0, 32, "= (s32)"),
    /**
     * Arena address-space cast (ALU64 register move with offset 1); the immediate holds
     * {@code (dst_as << 16) | src_as}.
     */
    ADDR_SPACE_CAST(0xb0, 1, "= addr_space_cast"),
    ARSH(0xc0, 0, "s>>=");

    private final int code;
    private final int offset;
    private final String operator;

    AluOp(int code, int offset, String operator) {
        this.code = code;
        this.offset = offset;
        this.operator = operator;
    }

    /** The operation bits in place ({@code code & 0xf0}). */
    public int code() {
        return code;
    }

    /** The value this operation requires in the offset field. */
    public int offset() {
        return offset;
    }

    /** The operator as the kernel log and LLVM write it ({@code +=}, {@code s>>=}, ...). */
    public String operator() {
        return operator;
    }

    /** Whether the operation takes a source operand (all but {@link #NEG}). */
    public boolean hasSource() {
        return this != NEG;
    }

    /** Whether the operation accepts only a register source. */
    public boolean registerSourceOnly() {
        return this == MOVSX8 || this == MOVSX16 || this == MOVSX32 || this == ADDR_SPACE_CAST;
    }

    /** Whether the operation exists only in class ALU64. */
    public boolean alu64Only() {
        return this == MOVSX32 || this == ADDR_SPACE_CAST;
    }

    /**
     * The operation for operation bits and an offset, or {@code null} where the pair names none.
     * {@code 0xd0} (byte swap) and {@code 0xe0}, {@code 0xf0} give {@code null}.
     */
    public static AluOp ofOrNull(int opBits, int offset) {
        return switch (opBits & 0xf0) {
            case 0x00 -> offset == 0 ? ADD : null;
            case 0x10 -> offset == 0 ? SUB : null;
            case 0x20 -> offset == 0 ? MUL : null;
            case 0x30 -> offset == 0 ? DIV : offset == 1 ? SDIV : null;
            case 0x40 -> offset == 0 ? OR : null;
            case 0x50 -> offset == 0 ? AND : null;
            case 0x60 -> offset == 0 ? LSH : null;
            case 0x70 -> offset == 0 ? RSH : null;
            case 0x80 -> offset == 0 ? NEG : null;
            case 0x90 -> offset == 0 ? MOD : offset == 1 ? SMOD : null;
            case 0xa0 -> offset == 0 ? XOR : null;
            case 0xb0 -> switch (offset) {
                case 0 -> MOV;
                case 1 -> ADDR_SPACE_CAST;
                case 8 -> MOVSX8;
                case 16 -> MOVSX16;
                case 32 -> MOVSX32;
                default -> null;
            };
            case 0xc0 -> offset == 0 ? ARSH : null;
            default -> null;
        };
    }
}
