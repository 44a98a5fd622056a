package io.github.bpf4j.asm;

import java.util.Objects;

/**
 * A store of an immediate {@code *(size *)(dst + off) = imm} (class ST, mode MEM).
 *
 * @param size the access size; a DW store writes the immediate sign-extended to 64 bits
 * @param dst  the address register
 * @param off  the signed byte offset added to {@code dst}
 * @param imm  the value stored
 */
public record StoreImm(Size size, Reg dst, short off, int imm) implements Insn {

    public StoreImm {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(dst, "dst");
    }

    /** {@code *(size *)(dst + off) = imm}. */
    public static StoreImm of(Size size, Reg dst, int off, int imm) {
        return new StoreImm(size, dst, Goto.checkShort(off), imm);
    }

    @Override
    public Kind kind() {
        return Kind.STORE_IMM;
    }

    @Override
    public int code() {
        return InsnClass.ST.code() | Mode.MEM.code() | size.code();
    }

    @Override
    public int dstReg() {
        return dst.number();
    }

    @Override
    public int srcReg() {
        return 0;
    }
}
