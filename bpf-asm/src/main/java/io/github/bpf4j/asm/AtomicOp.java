package io.github.bpf4j.asm;

/**
 * Atomic operations (class STX, mode ATOMIC); the operation sits in the immediate field. Bit 0 ({@code FETCH})
 * returns the old value in the source register; {@code CMPXCHG} compares with and returns into R0.
 * Load-acquire and store-release (kernel 6.15) also allow byte and half-word sizes.
 */
public enum AtomicOp {
    ADD(0x00),
    OR(0x40),
    AND(0x50),
    XOR(0xa0),
    FETCH_ADD(0x01),
    FETCH_OR(0x41),
    FETCH_AND(0x51),
    FETCH_XOR(0xa1),
    XCHG(0xe1),
    CMPXCHG(0xf1),
    LOAD_ACQ(0x100),
    STORE_REL(0x110);

    private final int imm;

    AtomicOp(int imm) {
        this.imm = imm;
    }

    /** The immediate that encodes the operation. */
    public int imm() {
        return imm;
    }

    /** Whether the old value is returned (all fetch forms, xchg and cmpxchg). */
    public boolean fetches() {
        return (imm & 0x01) != 0;
    }

    /** Whether the operation is one of load-acquire and store-release, which accept every size. */
    public boolean isAcquireRelease() {
        return this == LOAD_ACQ || this == STORE_REL;
    }

    /** The operation of an immediate, or {@code null}. */
    public static AtomicOp ofOrNull(int imm) {
        return switch (imm) {
            case 0x00 -> ADD;
            case 0x40 -> OR;
            case 0x50 -> AND;
            case 0xa0 -> XOR;
            case 0x01 -> FETCH_ADD;
            case 0x41 -> FETCH_OR;
            case 0x51 -> FETCH_AND;
            case 0xa1 -> FETCH_XOR;
            case 0xe1 -> XCHG;
            case 0xf1 -> CMPXCHG;
            case 0x100 -> LOAD_ACQ;
            case 0x110 -> STORE_REL;
            default -> null;
        };
    }
}
