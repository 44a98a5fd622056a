package io.github.bpf4j.verifier.internal;

/**
 * What the verifier knows about a scalar: a tnum and the unsigned and signed ranges in 64 and in 32 bits (the
 * scalar part of the kernel's {@code struct bpf_reg_state}). 32-bit bounds are held in ints and compared as the
 * kernel's u32/s32.
 *
 * <p>Immutable; the operations are ported in {@link Bounds}, which works on a mutable copy the way the kernel
 * works on a register in place, and hands back a new value.
 */
public record ScalarBounds(Tnum varOff, long umin, long umax, long smin, long smax,
                           int u32min, int u32max, int s32min, int s32max) {

    /** A scalar with nothing known ({@code __mark_reg_unknown_imprecise}). */
    public static final ScalarBounds UNKNOWN = new ScalarBounds(Tnum.UNKNOWN, 0, -1L, Long.MIN_VALUE, Long.MAX_VALUE,
            0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE);

    /** {@code __mark_reg_known}: exactly {@code v}. */
    public static ScalarBounds ofConst(long v) {
        return new ScalarBounds(Tnum.ofConst(v), v, v, v, v, (int) v, (int) v, (int) v, (int) v);
    }

    /** A value in unsigned {@code [min, max]}, synced. */
    public static ScalarBounds ofRange(long umin, long umax) {
        Bounds b = Bounds.of(UNKNOWN);
        b.umin = umin;
        b.umax = umax;
        b.sync();
        return b.freeze();
    }

    /** Whether the value is known exactly ({@code tnum_is_const}). */
    public boolean isConst() {
        return varOff.isConst();
    }

    /** The exact value of a constant. */
    public long constValue() {
        return varOff.value();
    }

    /** Whether the low 32 bits are known exactly. */
    public boolean isConst32() {
        return varOff.subregIsConst();
    }

    /** Whether the concrete value {@code v} is allowed by every component. */
    public boolean contains(long v) {
        int w = (int) v;
        return varOff.contains(v)
                && Long.compareUnsigned(v, umin) >= 0 && Long.compareUnsigned(v, umax) <= 0
                && v >= smin && v <= smax
                && Integer.compareUnsigned(w, u32min) >= 0 && Integer.compareUnsigned(w, u32max) <= 0
                && w >= s32min && w <= s32max;
    }

    /** {@code reg_bounds_sync}. */
    public ScalarBounds sync() {
        Bounds b = Bounds.of(this);
        b.sync();
        return b.freeze();
    }

    /** {@code reg_bounds_sanity_check}: ranges not empty and constants in agreement with the ranges. */
    public boolean sane() {
        if (Long.compareUnsigned(umin, umax) > 0 || smin > smax
                || Integer.compareUnsigned(u32min, u32max) > 0 || s32min > s32max) {
            return false;
        }
        if (varOff.isConst()) {
            long v = varOff.value();
            if (umin != v || umax != v || smin != v || smax != v) {
                return false;
            }
        }
        if (varOff.subregIsConst()) {
            int v = (int) varOff.value();
            return u32min == v && u32max == v && s32min == v && s32max == v;
        }
        return true;
    }
}
