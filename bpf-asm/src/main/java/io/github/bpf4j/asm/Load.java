package io.github.bpf4j.asm;

import java.util.Objects;

/**
 * A memory load {@code dst = *(size *)(src + off)} (class LDX, mode MEM), or its sign-extending form (mode MEMSX,
 * cpuv4; sizes B, H and W).
 *
 * @param size       the access size
 * @param signExtend sign-extend into 64 bits (mode MEMSX)
 * @param dst        the register loaded
 * @param src        the address register
 * @param off        the signed byte offset added to {@code src}
 */
public record Load(Size size, boolean signExtend, Reg dst, Reg src, short off) implements Insn {

    public Load {
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(dst, "dst");
        Objects.requireNonNull(src, "src");
        if (signExtend && size == Size.DW) {
            throw new IllegalArgumentException("sign-extending loads are 1, 2 or 4 bytes");
        }
    }

    /** {@code dst = *(size *)(src + off)}. */
    public static Load of(Size size, Reg dst, Reg src, int off) {
        return new Load(size, false, dst, src, Goto.checkShort(off));
    }

    @Override
    public Kind kind() {
        return Kind.LOAD;
    }

    @Override
    public int code() {
        return InsnClass.LDX.code() | (signExtend ? Mode.MEMSX.code() : Mode.MEM.code()) | size.code();
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
