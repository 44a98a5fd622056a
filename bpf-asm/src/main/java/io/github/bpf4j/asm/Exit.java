package io.github.bpf4j.asm;

/** {@code exit} ({@code 0x95}): return R0 to the caller. */
public record Exit() implements Insn {

    /** The one exit instruction. */
    public static final Exit INSTANCE = new Exit();

    @Override
    public Kind kind() {
        return Kind.EXIT;
    }

    @Override
    public int code() {
        return 0x95;
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
        return 0;
    }

    @Override
    public int imm() {
        return 0;
    }
}
