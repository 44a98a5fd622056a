package io.github.bpf4j.asm;

/**
 * The eleven registers. R0 holds return values, R1 to R5 arguments, R6 to R9 are callee-saved and R10 is the
 * read-only frame pointer. Encoded as four bits in the register byte.
 */
public enum Reg {
    R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10;

    private static final Reg[] BY_NUMBER = values();

    /** The register number, 0 to 10. */
    public int number() {
        return ordinal();
    }

    /** The register of a number 0 to 10. */
    public static Reg of(int number) {
        if (number < 0 || number >= BY_NUMBER.length) {
            throw new IllegalArgumentException("no register r" + number + " (registers are r0 to r10)");
        }
        return BY_NUMBER[number];
    }

    /** Whether 0 to 10 is a register number. */
    public static boolean isValid(int number) {
        return number >= 0 && number < BY_NUMBER.length;
    }

    /** The name as the kernel and LLVM print it: {@code r0} to {@code r10}. */
    public String lowerName() {
        return "r" + ordinal();
    }

    /** The 32-bit sub-register name as LLVM prints it: {@code w0} to {@code w10}. */
    public String wName() {
        return "w" + ordinal();
    }
}
