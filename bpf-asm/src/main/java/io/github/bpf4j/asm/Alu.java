package io.github.bpf4j.asm;

import java.util.Objects;

/**
 * An arithmetic instruction: {@code dst op= src} or {@code dst op= imm}, in 32 bits (class ALU, written with
 * {@code w} registers) or 64 bits (ALU64).
 *
 * @param alu64  64-bit (class ALU64) rather than 32-bit (class ALU)
 * @param op     the operation; its offset field value comes with it
 * @param source whether the operand is {@code src} or {@code imm}
 * @param dst    the destination register
 * @param src    the source register; {@link Reg#R0} with an immediate operand
 * @param imm    the immediate; 0 with a register operand, except for {@link AluOp#ADDR_SPACE_CAST}
 */
public record Alu(boolean alu64, AluOp op, Source source, Reg dst, Reg src, int imm) implements Insn {

    public Alu {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(dst, "dst");
        Objects.requireNonNull(src, "src");
        if (op.alu64Only() && !alu64) {
            throw new IllegalArgumentException(op + " exists only in 64 bits");
        }
        if (op == AluOp.NEG) {
            if (source != Source.K || src != Reg.R0 || imm != 0) {
                throw new IllegalArgumentException("NEG takes no operand");
            }
        } else if (source == Source.K) {
            if (op.registerSourceOnly()) {
                throw new IllegalArgumentException(op + " takes a register operand");
            }
            if (src != Reg.R0) {
                throw new IllegalArgumentException("an immediate operand leaves the source register r0");
            }
        } else if (op == AluOp.ADDR_SPACE_CAST) {
            if (imm != 1 && imm != 1 << 16) {
                throw new IllegalArgumentException("addr_space_cast converts between address spaces 0 and 1 only");
            }
        } else if (imm != 0) {
            throw new IllegalArgumentException("a register operand leaves the immediate 0");
        }
    }

    /** {@code dst op= imm}. */
    public static Alu imm(boolean alu64, AluOp op, Reg dst, int imm) {
        return new Alu(alu64, op, Source.K, dst, Reg.R0, imm);
    }

    /** {@code dst op= src}. */
    public static Alu reg(boolean alu64, AluOp op, Reg dst, Reg src) {
        return new Alu(alu64, op, Source.X, dst, src, 0);
    }

    /** {@code dst = -dst}. */
    public static Alu neg(boolean alu64, Reg dst) {
        return new Alu(alu64, AluOp.NEG, Source.K, dst, Reg.R0, 0);
    }

    /** {@code dst = addr_space_cast(src, dstAs, srcAs)}; one of the two spaces is 1, the other 0. */
    public static Alu addrSpaceCast(Reg dst, Reg src, int dstAs, int srcAs) {
        return new Alu(true, AluOp.ADDR_SPACE_CAST, Source.X, dst, src, (dstAs << 16) | srcAs);
    }

    @Override
    public Kind kind() {
        return Kind.ALU;
    }

    @Override
    public int code() {
        return (alu64 ? InsnClass.ALU64.code() : InsnClass.ALU.code()) | op.code() | source.code();
    }

    @Override
    public int dstReg() {
        return dst.number();
    }

    @Override
    public int srcReg() {
        return src.number();
    }

    @Override
    public short off() {
        return (short) op.offset();
    }
}
