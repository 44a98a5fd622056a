package io.github.bpf4j.asm;

import java.util.Objects;

/**
 * An atomic memory operation (class STX, mode ATOMIC) on {@code *(size *)(dst + off)} with operand {@code src}.
 * Read-modify-write operations are W or DW; load-acquire ({@code src} is the address, {@code dst} receives) and
 * store-release take every size.
 *
 * @param size the access size
 * @param op   the operation, encoded in the immediate
 * @param dst  the address register (for load-acquire: the register loaded)
 * @param src  the operand register (for load-acquire: the address register)
 * @param off  the signed byte offset
 */
public record Atomic(Size size, AtomicOp op, Reg dst, Reg src, short off) implements Insn {

    public Atomic {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(dst, "dst");
        Objects.requireNonNull(src, "src");
        if (!op.isAcquireRelease() && size != Size.W && size != Size.DW) {
            throw new IllegalArgumentException("atomic " + op + " is 4 or 8 bytes wide");
        }
    }

    /** An atomic operation on {@code *(size *)(dst + off)} with operand {@code src}. */
    public static Atomic of(Size size, AtomicOp op, Reg dst, int off, Reg src) {
        return new Atomic(size, op, dst, src, Goto.checkShort(off));
    }

    @Override
    public Kind kind() {
        return Kind.ATOMIC;
    }

    @Override
    public int code() {
        return InsnClass.STX.code() | Mode.ATOMIC.code() | size.code();
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
    public int imm() {
        return op.imm();
    }
}
