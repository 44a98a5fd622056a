package io.github.bpf4j.asm;

/**
 * The addressing mode of load and store classes: bits 5 to 7 of the opcode byte ({@code code & 0xe0}).
 */
public enum Mode {
    /** 64-bit immediate (with class LD and size DW). */
    IMM(0x00),
    /** Legacy packet load at an absolute offset. */
    ABS(0x20),
    /** Legacy packet load at a register-relative offset. */
    IND(0x40),
    /** Regular memory access. */
    MEM(0x60),
    /** Sign-extending load (cpuv4). */
    MEMSX(0x80),
    /** Atomic operation (class STX). */
    ATOMIC(0xc0);

    private final int code;

    Mode(int code) {
        this.code = code;
    }

    /** The mode bits in place. */
    public int code() {
        return code;
    }

    /** The mode of an opcode byte, or {@code null} for the two unassigned values {@code 0xa0} and {@code 0xe0}. */
    public static Mode ofOrNull(int opcode) {
        return switch (opcode & 0xe0) {
            case 0x00 -> IMM;
            case 0x20 -> ABS;
            case 0x40 -> IND;
            case 0x60 -> MEM;
            case 0x80 -> MEMSX;
            case 0xc0 -> ATOMIC;
            default -> null;
        };
    }
}
