package io.github.bpf4j.asm;

import java.util.Objects;

/**
 * A conditional jump: {@code if dst op src goto +off} or {@code if dst op imm goto +off}, comparing 64 bits
 * (class JMP) or the low 32 bits (class JMP32). The target is the next instruction plus {@code off} slots.
 *
 * @param jmp32  compare the low 32 bits (class JMP32)
 * @param op     the comparison
 * @param source whether the right-hand side is {@code src} or {@code imm}
 * @param dst    the left-hand register
 * @param src    the right-hand register; {@link Reg#R0} with an immediate
 * @param imm    the right-hand immediate; 0 with a register
 * @param off    the jump offset in slots, relative to the next instruction
 */
public record Jump(boolean jmp32, JmpOp op, Source source, Reg dst, Reg src, int imm, short off) implements Insn {

    public Jump {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dst, "dst");
        Objects.requireNonNull(src, "src");
        if (source == Source.K && src != Reg.R0) {
            throw new IllegalArgumentException("an immediate operand leaves the source register r0");
        }
        if (source == Source.X && imm != 0) {
            throw new IllegalArgumentException("a register operand leaves the immediate 0");
        }
    }

    /** {@code if dst op imm goto +off}. */
    public static Jump imm(boolean jmp32, JmpOp op, Reg dst, int imm, int off) {
        return new Jump(jmp32, op, Source.K, dst, Reg.R0, imm, Goto.checkShort(off));
    }

    /** {@code if dst op src goto +off}. */
    public static Jump reg(boolean jmp32, JmpOp op, Reg dst, Reg src, int off) {
        return new Jump(jmp32, op, Source.X, dst, src, 0, Goto.checkShort(off));
    }

    /** The same comparison with another offset. */
    public Jump withOff(int newOff) {
        return new Jump(jmp32, op, source, dst, src, imm, Goto.checkShort(newOff));
    }

    @Override
    public Kind kind() {
        return Kind.JUMP;
    }

    @Override
    public int code() {
        return (jmp32 ? InsnClass.JMP32.code() : InsnClass.JMP.code()) | op.code() | source.code();
    }

    @Override
    public int dstReg() {
        return dst.number();
    }

    @Override
    public int srcReg() {
        return src.number();
    }
}
