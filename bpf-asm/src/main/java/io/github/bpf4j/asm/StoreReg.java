package io.github.bpf4j.asm;

import java.util.Objects;

/**
 * A store of a register {@code *(size *)(dst + off) = src} (class STX, mode MEM).
 *
 * @param size the access size
 * @param dst  the address register
 * @param src  the register stored
 * @param off  the signed byte offset added to {@code dst}
 */
public record StoreReg(Size size, Reg dst, Reg src, short off) implements Insn {

    public StoreReg {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(dst, "dst");
        Objects.requireNonNull(src, "src");
    }

    /** {@code *(size *)(dst + off) = src}. */
    public static StoreReg of(Size size, Reg dst, int off, Reg src) {
        return new StoreReg(size, dst, src, Goto.checkShort(off));
    }

    @Override
    public Kind kind() {
        return Kind.STORE_REG;
    }

    @Override
    public int code() {
        return InsnClass.STX.code() | Mode.MEM.code() | size.code();
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
        return 0;
    }
}
