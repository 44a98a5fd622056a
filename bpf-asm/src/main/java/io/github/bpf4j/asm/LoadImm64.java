package io.github.bpf4j.asm;

import java.util.Objects;

/**
 * The 16-byte load of a 64-bit immediate ({@code 0x18}, written {@code r1 = 0x... ll}). The first slot holds the
 * low 32 bits in its immediate, the second slot (all fields zero but its immediate) the high 32 bits. The source
 * register field says what the immediate means: see {@link Pseudo}.
 *
 * @param dst     the destination register
 * @param pseudo  what the immediates mean
 * @param imm     the first slot's immediate
 * @param nextImm the second slot's immediate
 */
public record LoadImm64(Reg dst, Pseudo pseudo, int imm, int nextImm) implements Insn {

    public LoadImm64 {
        Objects.requireNonNull(dst, "dst");
        Objects.requireNonNull(pseudo, "pseudo");
    }

    /** {@code dst = value ll}. */
    public static LoadImm64 of(Reg dst, long value) {
        return new LoadImm64(dst, Pseudo.NONE, (int) value, (int) (value >>> 32));
    }

    /** A load of the map with file descriptor {@code fd}. */
    public static LoadImm64 mapFd(Reg dst, int fd) {
        return new LoadImm64(dst, Pseudo.MAP_FD, fd, 0);
    }

    /** A load of the address {@code offset} bytes into the value of the array map with file descriptor {@code fd}. */
    public static LoadImm64 mapValue(Reg dst, int fd, int offset) {
        return new LoadImm64(dst, Pseudo.MAP_VALUE, fd, offset);
    }

    /** The 64-bit value of the two immediates. */
    public long value() {
        return (imm & 0xffffffffL) | ((long) nextImm << 32);
    }

    /** The same load with other immediates. */
    public LoadImm64 withImms(int newImm, int newNextImm) {
        return new LoadImm64(dst, pseudo, newImm, newNextImm);
    }

    @Override
    public Kind kind() {
        return Kind.LOAD_IMM64;
    }

    @Override
    public int slots() {
        return 2;
    }

    @Override
    public int code() {
        return 0x18;
    }

    @Override
    public int dstReg() {
        return dst.number();
    }

    @Override
    public int srcReg() {
        return pseudo.code();
    }

    @Override
    public short off() {
        return 0;
    }
}
