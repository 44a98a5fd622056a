package io.github.bpf4j.asm;

/**
 * {@code may_goto +off} ({@code 0xe5}, class JMP, operation JCOND): a jump the verifier may take to bound a loop.
 *
 * @param off the jump offset in slots, relative to the next instruction
 */
public record MayGoto(short off) implements Insn {

    /** {@code may_goto +off}. */
    public static MayGoto of(int off) {
        return new MayGoto(Goto.checkShort(off));
    }

    @Override
    public Kind kind() {
        return Kind.MAY_GOTO;
    }

    @Override
    public int code() {
        return 0xe5;
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
    public int imm() {
        return 0;
    }
}
