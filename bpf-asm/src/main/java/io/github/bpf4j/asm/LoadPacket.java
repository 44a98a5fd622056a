package io.github.bpf4j.asm;

import java.util.Objects;

/**
 * A legacy packet load (class LD, mode ABS or IND) of socket filters: R0 receives {@code size} bytes of the packet
 * at {@code imm} (ABS) or {@code src + imm} (IND), converted from network byte order. R6 must hold the context.
 *
 * @param mode {@link Mode#ABS} or {@link Mode#IND}
 * @param size W, H or B
 * @param src  the offset register for IND; {@link Reg#R0} for ABS
 * @param imm  the constant offset
 */
public record LoadPacket(Mode mode, Size size, Reg src, int imm) implements Insn {

    public LoadPacket {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(src, "src");
        if (mode != Mode.ABS && mode != Mode.IND) {
            throw new IllegalArgumentException("packet loads are ABS or IND, not " + mode);
        }
        if (size == Size.DW) {
            throw new IllegalArgumentException("packet loads are 1, 2 or 4 bytes");
        }
        if (mode == Mode.ABS && src != Reg.R0) {
            throw new IllegalArgumentException("an absolute packet load has no source register");
        }
    }

    @Override
    public Kind kind() {
        return Kind.LOAD_PACKET;
    }

    @Override
    public int code() {
        return InsnClass.LD.code() | mode.code() | size.code();
    }

    @Override
    public int dstReg() {
        return 0;
    }

    @Override
    public int srcReg() {
        return src.number();
    }

    @Override
    public short off() {
        return 0;
    }
}
