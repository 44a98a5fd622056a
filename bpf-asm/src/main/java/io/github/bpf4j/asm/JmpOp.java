package io.github.bpf4j.asm;

/**
 * Conditional jump operations of classes JMP and JMP32 ({@code code & 0xf0}). Unconditional jumps, calls, exits
 * and {@code may_goto} have their own instruction records.
 */
public enum JmpOp {
    JEQ(0x10, "=="),
    JGT(0x20, ">"),
    JGE(0x30, ">="),
    JSET(0x40, "&"),
    JNE(0x50, "!="),
    JSGT(0x60, "s>"),
    JSGE(0x70, "s>="),
    JLT(0xa0, "<"),
    JLE(0xb0, "<="),
    JSLT(0xc0, "s<"),
    JSLE(0xd0, "s<=");

    private final int code;
    private final String operator;

    JmpOp(int code, String operator) {
        this.code = code;
        this.operator = operator;
    }

    /** The operation bits in place. */
    public int code() {
        return code;
    }

    /** The comparison as the kernel log and LLVM write it ({@code ==}, {@code s<=}, {@code &}, ...). */
    public String operator() {
        return operator;
    }

    /** Whether the comparison is signed. */
    public boolean signed() {
        return this == JSGT || this == JSGE || this == JSLT || this == JSLE;
    }

    /** The operation whose branch is taken exactly when this one's is not ({@code JSET} has none: null). */
    public JmpOp negate() {
        return switch (this) {
            case JEQ -> JNE;
            case JNE -> JEQ;
            case JGT -> JLE;
            case JLE -> JGT;
            case JGE -> JLT;
            case JLT -> JGE;
            case JSGT -> JSLE;
            case JSLE -> JSGT;
            case JSGE -> JSLT;
            case JSLT -> JSGE;
            case JSET -> null;
        };
    }

    /** The operation with its operands swapped: {@code a < b} is {@code b > a}. */
    public JmpOp swap() {
        return switch (this) {
            case JEQ, JNE, JSET -> this;
            case JGT -> JLT;
            case JLT -> JGT;
            case JGE -> JLE;
            case JLE -> JGE;
            case JSGT -> JSLT;
            case JSLT -> JSGT;
            case JSGE -> JSLE;
            case JSLE -> JSGE;
        };
    }

    /** The conditional operation of operation bits, or {@code null} (JA, CALL, EXIT, JCOND and 0xf0). */
    public static JmpOp ofOrNull(int opBits) {
        return switch (opBits & 0xf0) {
            case 0x10 -> JEQ;
            case 0x20 -> JGT;
            case 0x30 -> JGE;
            case 0x40 -> JSET;
            case 0x50 -> JNE;
            case 0x60 -> JSGT;
            case 0x70 -> JSGE;
            case 0xa0 -> JLT;
            case 0xb0 -> JLE;
            case 0xc0 -> JSLT;
            case 0xd0 -> JSLE;
            default -> null;
        };
    }
}
