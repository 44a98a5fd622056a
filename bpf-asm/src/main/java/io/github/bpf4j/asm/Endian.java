package io.github.bpf4j.asm;

import java.util.Objects;

/**
 * A byte-order conversion of a register: {@code dst = be16 dst}, {@code dst = le64 dst}, {@code dst = bswap32 dst}.
 *
 * @param op   to little endian, to big endian, or an unconditional swap
 * @param dst  the register converted in place
 * @param bits 16, 32 or 64
 */
public record Endian(EndianOp op, Reg dst, int bits) implements Insn {

    public Endian {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(dst, "dst");
        if (bits != 16 && bits != 32 && bits != 64) {
            throw new IllegalArgumentException("byte swaps are 16, 32 or 64 bits wide, not " + bits);
        }
    }

    @Override
    public Kind kind() {
        return Kind.ENDIAN;
    }

    @Override
    public int code() {
        return op.opcode();
    }

    @Override
    public int dstReg() {
        return dst.number();
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
        return bits;
    }
}
