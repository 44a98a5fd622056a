package io.github.bpf4j.asm;

/**
 * The instruction class: the low three bits of the opcode byte ({@code code & 0x07}).
 *
 * <pre>
 *   bit  7 6 5 4 3 | 2 1 0
 *        (op/mode) | class
 * </pre>
 */
public enum InsnClass {
    /** Non-standard loads: 64-bit immediate and the legacy packet loads. */
    LD(0x00),
    /** Load from memory into a register. */
    LDX(0x01),
    /** Store an immediate to memory. */
    ST(0x02),
    /** Store a register to memory, and atomic operations. */
    STX(0x03),
    /** 32-bit arithmetic. */
    ALU(0x04),
    /** 64-bit jumps, calls and exit. */
    JMP(0x05),
    /** 32-bit jumps. */
    JMP32(0x06),
    /** 64-bit arithmetic. */
    ALU64(0x07);

    private static final InsnClass[] BY_CODE = values();

    private final int code;

    InsnClass(int code) {
        this.code = code;
    }

    /** The three class bits. */
    public int code() {
        return code;
    }

    /** The class of an opcode byte; every value of the three bits is a class. */
    public static InsnClass of(int opcode) {
        return BY_CODE[opcode & 0x07];
    }
}
