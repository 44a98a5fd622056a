package io.github.bpf4j.asm;

/**
 * The operand source of ALU and jump instructions: bit 3 of the opcode byte ({@code code & 0x08}).
 */
public enum Source {
    /** The 32-bit immediate. */
    K(0x00),
    /** The source register. */
    X(0x08);

    private final int code;

    Source(int code) {
        this.code = code;
    }

    /** The source bit in place. */
    public int code() {
        return code;
    }

    /** The source of an opcode byte. */
    public static Source of(int opcode) {
        return (opcode & 0x08) == 0 ? K : X;
    }
}
