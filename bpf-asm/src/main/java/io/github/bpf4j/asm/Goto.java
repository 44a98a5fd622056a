package io.github.bpf4j.asm;

/**
 * An unconditional jump. {@code goto +off} (class JMP, {@code 0x05}) keeps a 16-bit offset in the offset field;
 * {@code gotol +imm} (class JMP32, {@code 0x06}, cpuv4) keeps a 32-bit offset in the immediate.
 *
 * @param wide   the 32-bit form {@code gotol}
 * @param offset the jump offset in slots, relative to the next instruction
 */
public record Goto(boolean wide, int offset) implements Insn {

    public Goto {
        if (!wide) {
            checkShort(offset);
        }
    }

    /** {@code goto +offset}. */
    public static Goto of(int offset) {
        return new Goto(false, offset);
    }

    /** {@code gotol +offset}. */
    public static Goto wide(int offset) {
        return new Goto(true, offset);
    }

    /** The same kind of jump with another offset. */
    public Goto withOffset(int newOffset) {
        return new Goto(wide, newOffset);
    }

    static short checkShort(int off) {
        if (off < Short.MIN_VALUE || off > Short.MAX_VALUE) {
            throw new IllegalArgumentException("jump offset " + off + " does not fit in 16 bits");
        }
        return (short) off;
    }

    @Override
    public Kind kind() {
        return Kind.GOTO;
    }

    @Override
    public int code() {
        return wide ? 0x06 : 0x05;
    }

    @Override
    public int dstReg() {
        return 0;
    }

    @Override
    public int srcReg() {
        return 0;
    }

    @Override
    public short off() {
        return wide ? 0 : (short) offset;
    }

    @Override
    public int imm() {
        return wide ? offset : 0;
    }
}
