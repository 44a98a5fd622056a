package io.github.bpf4j.verifier.internal;

/**
 * A mutable working copy of {@link ScalarBounds}, on which the kernel's scalar routines are ported one to one
 * (kernel/bpf/verifier.c, Linux 6.18). u32/s32 bounds live in ints; unsigned order uses
 * {@code compareUnsigned}. The ALU routines read their source operand from the immutable value itself: it is never
 * changed, and copying it was an allocation per instruction.
 */
final class Bounds {
    static final long U32 = 0xffffffffL;

    Tnum varOff;
    long umin;
    long umax;
    long smin;
    long smax;
    int u32min;
    int u32max;
    int s32min;
    int s32max;

    static Bounds of(ScalarBounds s) {
        Bounds b = new Bounds();
        b.varOff = s.varOff();
        b.umin = s.umin();
        b.umax = s.umax();
        b.smin = s.smin();
        b.smax = s.smax();
        b.u32min = s.u32min();
        b.u32max = s.u32max();
        b.s32min = s.s32min();
        b.s32max = s.s32max();
        return b;
    }

    ScalarBounds freeze() {
        // the unknown scalar is the most common result; it is shared rather than made again
        if (varOff.mask() == -1L && umin == 0 && umax == -1L && smin == Long.MIN_VALUE && smax == Long.MAX_VALUE
                && u32min == 0 && u32max == -1 && s32min == Integer.MIN_VALUE && s32max == Integer.MAX_VALUE) {
            return ScalarBounds.UNKNOWN;
        }
        return new ScalarBounds(varOff, umin, umax, smin, smax, u32min, u32max, s32min, s32max);
    }

    static long umax64(long a, long b) {
        return Long.compareUnsigned(a, b) >= 0 ? a : b;
    }

    static long umin64(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0 ? a : b;
    }

    static int umax32(int a, int b) {
        return Integer.compareUnsigned(a, b) >= 0 ? a : b;
    }

    static int umin32(int a, int b) {
        return Integer.compareUnsigned(a, b) <= 0 ? a : b;
    }

    static boolean ult(long a, long b) {
        return Long.compareUnsigned(a, b) < 0;
    }

    static boolean ult32(int a, int b) {
        return Integer.compareUnsigned(a, b) < 0;
    }

    // --- marking ------------------------------------------------------------------------------------------------

    /** {@code __mark_reg_known}. */
    void markKnown(long imm) {
        varOff = Tnum.ofConst(imm);
        umin = umax = smin = smax = imm;
        u32min = u32max = s32min = s32max = (int) imm;
    }

    /** {@code __mark_reg32_known}. */
    void mark32Known(long imm) {
        varOff = varOff.constSubreg(imm & U32);
        u32min = u32max = s32min = s32max = (int) imm;
    }

    /** {@code __mark_reg_unknown} (the bounds part). */
    void markUnknown() {
        varOff = Tnum.UNKNOWN;
        markUnbounded();
    }

    /** {@code __mark_reg_unbounded}. */
    void markUnbounded() {
        mark64Unbounded();
        mark32Unbounded();
    }

    /** {@code __mark_reg64_unbounded}. */
    void mark64Unbounded() {
        smin = Long.MIN_VALUE;
        smax = Long.MAX_VALUE;
        umin = 0;
        umax = -1L;
    }

    /** {@code __mark_reg32_unbounded}. */
    void mark32Unbounded() {
        s32min = Integer.MIN_VALUE;
        s32max = Integer.MAX_VALUE;
        u32min = 0;
        u32max = -1;
    }

    // --- reg_bounds_sync ----------------------------------------------------------------------------------------

    /** {@code __update_reg32_bounds}. */
    void updateReg32Bounds() {
        // the low 32 bits of tnum_subreg(var_off), read without making the tnum
        int val = (int) varOff.value();
        int msk = (int) varOff.mask();
        s32min = Math.max(s32min, val | (msk & Integer.MIN_VALUE));
        s32max = Math.min(s32max, val | (msk & Integer.MAX_VALUE));
        u32min = umax32(u32min, val);
        u32max = umin32(u32max, val | msk);
    }

    /** {@code __update_reg64_bounds}. */
    void updateReg64Bounds() {
        long val = varOff.value();
        long msk = varOff.mask();
        smin = Math.max(smin, val | (msk & Long.MIN_VALUE));
        smax = Math.min(smax, val | (msk & Long.MAX_VALUE));
        umin = umax64(umin, val);
        umax = umin64(umax, val | msk);
    }

    /** {@code __update_reg_bounds}. */
    void updateRegBounds() {
        updateReg32Bounds();
        updateReg64Bounds();
    }

    /** {@code __reg32_deduce_bounds}. */
    void reg32DeduceBounds() {
        if ((umin >>> 32) == (umax >>> 32)) {
            u32min = umax32(u32min, (int) umin);
            u32max = umin32(u32max, (int) umax);
            if ((int) umin <= (int) umax) {
                s32min = Math.max(s32min, (int) umin);
                s32max = Math.min(s32max, (int) umax);
            }
        }
        if ((smin >> 32) == (smax >> 32)) {
            if (Integer.compareUnsigned((int) smin, (int) smax) <= 0) {
                u32min = umax32(u32min, (int) smin);
                u32max = umin32(u32max, (int) smax);
            }
            if ((int) smin <= (int) smax) {
                s32min = Math.max(s32min, (int) smin);
                s32max = Math.min(s32max, (int) smax);
            }
        }
        if ((int) (umin >>> 32) + 1 == (int) (umax >>> 32) && (int) umin < 0 && (int) umax >= 0) {
            s32min = Math.max(s32min, (int) umin);
            s32max = Math.min(s32max, (int) umax);
        }
        if ((int) (smin >> 32) + 1 == (int) (smax >> 32) && (int) smin < 0 && (int) smax >= 0) {
            s32min = Math.max(s32min, (int) smin);
            s32max = Math.min(s32max, (int) smax);
        }
        if (u32min <= u32max) {
            s32min = Math.max(s32min, u32min);
            s32max = Math.min(s32max, u32max);
        }
        if (Integer.compareUnsigned(s32min, s32max) <= 0) {
            u32min = umax32(s32min, u32min);
            u32max = umin32(s32max, u32max);
        }
    }

    /** {@code __reg64_deduce_bounds}. */
    void reg64DeduceBounds() {
        if (umin <= umax) {
            smin = Math.max(smin, umin);
            smax = Math.min(smax, umax);
        }
        if (Long.compareUnsigned(smin, smax) <= 0) {
            umin = umax64(smin, umin);
            umax = umin64(smax, umax);
        } else {
            // 6.17+: the s64 range wraps; if the u64 range meets only one of its two halves, both narrow
            if (ult(umax, smin)) {
                smin = umin;
                umax = umin64(umax, smax);
            } else if (ult(smax, umin)) {
                smax = umax;
                umin = umax64(umin, smin);
            }
        }
    }

    /** {@code __reg_deduce_mixed_bounds}. */
    void regDeduceMixedBounds() {
        long newUmin = (umin & ~U32) | (u32min & U32);
        long newUmax = (umax & ~U32) | (u32max & U32);
        umin = umax64(umin, newUmin);
        umax = umin64(umax, newUmax);
        long newSmin = (smin & ~U32) | (u32min & U32);
        long newSmax = (smax & ~U32) | (u32max & U32);
        smin = Math.max(smin, newSmin);
        smax = Math.min(smax, newSmax);
        if (s32min >= 0 && smin >= Integer.MIN_VALUE && smax <= Integer.MAX_VALUE) {
            smin = s32min;
            smax = s32max;
            umin = s32min;
            umax = s32max;
            varOff = varOff.intersect(Tnum.range(smin, smax));
        }
    }

    /** {@code __reg_deduce_bounds}. */
    void regDeduceBounds() {
        reg32DeduceBounds();
        reg64DeduceBounds();
        regDeduceMixedBounds();
    }

    /** {@code __reg_bound_offset}. */
    void regBoundOffset() {
        // tnum_intersect(var_off, tnum_range(umin, umax)), then its low half intersected with
        // tnum_range(u32min, u32max) and put back with tnum_or(tnum_clear_subreg(..), ..): on longs, since
        // reg_bounds_sync runs after every ALU operation
        long r64m = Tnum.rangeMask(umin, umax);
        long v64 = varOff.value() | (umin & ~r64m);
        long m64 = varOff.mask() & r64m;
        v64 &= ~m64;
        long r32m = Tnum.rangeMask(u32min & U32, u32max & U32);
        long v32 = (v64 & U32) | ((u32min & U32) & ~r32m);
        long m32 = (m64 & U32) & r32m;
        v32 &= ~m32;
        long v = (v64 & ~U32) | v32;
        long m = ((m64 & ~U32) | m32) & ~v;
        if (v != varOff.value() || m != varOff.mask()) {
            varOff = new Tnum(v, m);
        }
    }

    /**
     * {@code reg_bounds_sync}. Since 6.17 the deduction runs three times: the s64/u64 refinement across the sign
     * boundary can feed the 32-bit bounds once more.
     */
    void sync() {
        updateRegBounds();
        // Each pass is a function of the bounds alone: once one changes nothing, the passes left change nothing.
        for (int pass = 0; pass < 3; pass++) {
            long umin0 = umin;
            long umax0 = umax;
            long smin0 = smin;
            long smax0 = smax;
            int u32min0 = u32min;
            int u32max0 = u32max;
            int s32min0 = s32min;
            int s32max0 = s32max;
            long value0 = varOff.value();
            long mask0 = varOff.mask();
            regDeduceBounds();
            if (umin == umin0 && umax == umax0 && smin == smin0 && smax == smax0 && u32min == u32min0
                    && u32max == u32max0 && s32min == s32min0 && s32max == s32max0 && varOff.value() == value0
                    && varOff.mask() == mask0) {
                break;
            }
        }
        regBoundOffset();
        updateRegBounds();
    }

    /** {@code __reg_assign_32_into_64}. */
    void regAssign32Into64() {
        umin = u32min & U32;
        umax = u32max & U32;
        if (s32min >= 0 && s32max >= 0) {
            smin = s32min;
            smax = s32max;
        } else {
            smin = 0;
            smax = U32;
        }
    }

    /** {@code zext_32_to_64}. */
    void zext32To64() {
        varOff = varOff.subreg();
        regAssign32Into64();
    }

    // --- ALU ----------------------------------------------------------------------------------------------------

    private static boolean addOverflowS32(int a, int b) {
        long r = (long) a + b;
        return r != (int) r;
    }

    private static boolean subOverflowS32(int a, int b) {
        long r = (long) a - b;
        return r != (int) r;
    }

    private static boolean addOverflowS64(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0;
    }

    private static boolean subOverflowS64(long a, long b) {
        long r = a - b;
        return ((a ^ b) & (a ^ r)) < 0;
    }

    /** {@code scalar32_min_max_add}. */
    void scalar32MinMaxAdd(ScalarBounds src) {
        if (addOverflowS32(s32min, src.s32min()) || addOverflowS32(s32max, src.s32max())) {
            s32min = Integer.MIN_VALUE;
            s32max = Integer.MAX_VALUE;
        } else {
            s32min += src.s32min();
            s32max += src.s32max();
        }
        boolean minOverflow = (u32min & U32) + (src.u32min() & U32) > U32;
        boolean maxOverflow = (u32max & U32) + (src.u32max() & U32) > U32;
        u32min += src.u32min();
        u32max += src.u32max();
        if (!minOverflow && maxOverflow) {
            u32min = 0;
            u32max = -1;
        }
    }

    /** {@code scalar_min_max_add}. */
    void scalarMinMaxAdd(ScalarBounds src) {
        if (addOverflowS64(smin, src.smin()) || addOverflowS64(smax, src.smax())) {
            smin = Long.MIN_VALUE;
            smax = Long.MAX_VALUE;
        } else {
            smin += src.smin();
            smax += src.smax();
        }
        long nmin = umin + src.umin();
        long nmax = umax + src.umax();
        boolean minOverflow = ult(nmin, umin);
        boolean maxOverflow = ult(nmax, umax);
        umin = nmin;
        umax = nmax;
        if (!minOverflow && maxOverflow) {
            umin = 0;
            umax = -1L;
        }
    }

    /** {@code scalar32_min_max_sub}. */
    void scalar32MinMaxSub(ScalarBounds src) {
        if (subOverflowS32(s32min, src.s32max()) || subOverflowS32(s32max, src.s32min())) {
            s32min = Integer.MIN_VALUE;
            s32max = Integer.MAX_VALUE;
        } else {
            s32min -= src.s32max();
            s32max -= src.s32min();
        }
        boolean minUnderflow = ult32(u32min, src.u32max());
        boolean maxUnderflow = ult32(u32max, src.u32min());
        u32min -= src.u32max();
        u32max -= src.u32min();
        if (minUnderflow && !maxUnderflow) {
            u32min = 0;
            u32max = -1;
        }
    }

    /** {@code scalar_min_max_sub}. */
    void scalarMinMaxSub(ScalarBounds src) {
        if (subOverflowS64(smin, src.smax()) || subOverflowS64(smax, src.smin())) {
            smin = Long.MIN_VALUE;
            smax = Long.MAX_VALUE;
        } else {
            smin -= src.smax();
            smax -= src.smin();
        }
        boolean minUnderflow = ult(umin, src.umax());
        boolean maxUnderflow = ult(umax, src.umin());
        umin -= src.umax();
        umax -= src.umin();
        if (minUnderflow && !maxUnderflow) {
            umin = 0;
            umax = -1L;
        }
    }

    private static boolean mulOverflowU64(long a, long b) {
        long hi = Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
        return hi != 0;
    }

    private static boolean mulOverflowS64(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return hi != (lo >> 63);
    }

    /** {@code scalar32_min_max_mul}. */
    void scalar32MinMaxMul(ScalarBounds src) {
        long pmax = (u32max & U32) * (src.u32max() & U32);
        long pmin = (u32min & U32) * (src.u32min() & U32);
        if (Long.compareUnsigned(pmax, U32) > 0 || Long.compareUnsigned(pmin, U32) > 0) {
            u32min = 0;
            u32max = -1;
        } else {
            u32max = (int) pmax;
            u32min = (int) pmin;
        }
        long p0 = (long) s32min * src.s32min();
        long p1 = (long) s32min * src.s32max();
        long p2 = (long) s32max * src.s32min();
        long p3 = (long) s32max * src.s32max();
        boolean overflow = p0 != (int) p0 || p1 != (int) p1 || p2 != (int) p2 || p3 != (int) p3;
        long lo = Math.min(Math.min(p0, p1), Math.min(p2, p3));
        long hi = Math.max(Math.max(p0, p1), Math.max(p2, p3));
        if (overflow) {
            s32min = Integer.MIN_VALUE;
            s32max = Integer.MAX_VALUE;
        } else {
            s32min = (int) lo;
            s32max = (int) hi;
        }
    }

    /** {@code scalar_min_max_mul}. */
    void scalarMinMaxMul(ScalarBounds src) {
        if (mulOverflowU64(umax, src.umax()) || mulOverflowU64(umin, src.umin())) {
            umin = 0;
            umax = -1L;
        } else {
            umax = umax * src.umax();
            umin = umin * src.umin();
        }
        long p0 = smin * src.smin();
        long p1 = smin * src.smax();
        long p2 = smax * src.smin();
        long p3 = smax * src.smax();
        boolean overflow = mulOverflowS64(smin, src.smin()) || mulOverflowS64(smin, src.smax())
                || mulOverflowS64(smax, src.smin()) || mulOverflowS64(smax, src.smax());
        long lo = Math.min(Math.min(p0, p1), Math.min(p2, p3));
        long hi = Math.max(Math.max(p0, p1), Math.max(p2, p3));
        if (overflow) {
            smin = Long.MIN_VALUE;
            smax = Long.MAX_VALUE;
        } else {
            smin = lo;
            smax = hi;
        }
    }

    private void s32FromU32() {
        if (u32min <= u32max) {
            s32min = u32min;
            s32max = u32max;
        } else {
            s32min = Integer.MIN_VALUE;
            s32max = Integer.MAX_VALUE;
        }
    }

    private void s64FromU64() {
        if (umin <= umax) {
            smin = umin;
            smax = umax;
        } else {
            smin = Long.MIN_VALUE;
            smax = Long.MAX_VALUE;
        }
    }

    /** {@code scalar32_min_max_and}; {@code varOff} already holds the result tnum. */
    void scalar32MinMaxAnd(ScalarBounds src) {
        boolean srcKnown = src.varOff().subregIsConst();
        boolean dstKnown = varOff.subregIsConst();
        Tnum v32 = varOff.subreg();
        if (srcKnown && dstKnown) {
            mark32Known(v32.value());
            return;
        }
        u32min = (int) v32.value();
        u32max = umin32(u32max, src.u32max());
        s32FromU32();
    }

    /** {@code scalar_min_max_and}. */
    void scalarMinMaxAnd(ScalarBounds src) {
        if (src.varOff().isConst() && varOff.isConst()) {
            markKnown(varOff.value());
            return;
        }
        umin = varOff.value();
        umax = umin64(umax, src.umax());
        s64FromU64();
        updateRegBounds();
    }

    /** {@code scalar32_min_max_or}. */
    void scalar32MinMaxOr(ScalarBounds src) {
        boolean srcKnown = src.varOff().subregIsConst();
        boolean dstKnown = varOff.subregIsConst();
        Tnum v32 = varOff.subreg();
        if (srcKnown && dstKnown) {
            mark32Known(v32.value());
            return;
        }
        u32min = umax32(u32min, src.u32min());
        u32max = (int) (v32.value() | v32.mask());
        s32FromU32();
    }

    /** {@code scalar_min_max_or}. */
    void scalarMinMaxOr(ScalarBounds src) {
        if (src.varOff().isConst() && varOff.isConst()) {
            markKnown(varOff.value());
            return;
        }
        umin = umax64(umin, src.umin());
        umax = varOff.value() | varOff.mask();
        s64FromU64();
        updateRegBounds();
    }

    /** {@code scalar32_min_max_xor}. */
    void scalar32MinMaxXor(ScalarBounds src) {
        boolean srcKnown = src.varOff().subregIsConst();
        boolean dstKnown = varOff.subregIsConst();
        Tnum v32 = varOff.subreg();
        if (srcKnown && dstKnown) {
            mark32Known(v32.value());
            return;
        }
        u32min = (int) v32.value();
        u32max = (int) (v32.value() | v32.mask());
        s32FromU32();
    }

    /** {@code scalar_min_max_xor}. */
    void scalarMinMaxXor(ScalarBounds src) {
        if (src.varOff().isConst() && varOff.isConst()) {
            markKnown(varOff.value());
            return;
        }
        umin = varOff.value();
        umax = varOff.value() | varOff.mask();
        s64FromU64();
        updateRegBounds();
    }

    /** {@code __scalar32_min_max_lsh}. */
    void scalar32MinMaxLshInner(long uminVal, long umaxVal) {
        s32min = Integer.MIN_VALUE;
        s32max = Integer.MAX_VALUE;
        if (Long.compareUnsigned(umaxVal, 31) > 0 || (u32max & U32) > (1L << (31 - umaxVal))) {
            u32min = 0;
            u32max = -1;
        } else {
            u32min <<= uminVal;
            u32max <<= umaxVal;
        }
    }

    /** {@code scalar32_min_max_lsh}. */
    void scalar32MinMaxLsh(ScalarBounds src) {
        long umaxVal = src.u32max() & U32;
        long uminVal = src.u32min() & U32;
        Tnum subreg = varOff.subreg();
        scalar32MinMaxLshInner(uminVal, umaxVal);
        varOff = subreg.lshift((int) uminVal).subreg();
        mark64Unbounded();
        updateReg32Bounds();
    }

    /** {@code __scalar64_min_max_lsh}. */
    void scalar64MinMaxLshInner(long uminVal, long umaxVal) {
        if (uminVal == 32 && umaxVal == 32 && s32max >= 0) {
            smax = (long) s32max << 32;
        } else {
            smax = Long.MAX_VALUE;
        }
        if (uminVal == 32 && umaxVal == 32 && s32min >= 0) {
            smin = (long) s32min << 32;
        } else {
            smin = Long.MIN_VALUE;
        }
        if (Long.compareUnsigned(umax, 1L << (63 - umaxVal)) > 0) {
            umin = 0;
            umax = -1L;
        } else {
            umin <<= uminVal;
            umax <<= umaxVal;
        }
    }

    /** {@code scalar_min_max_lsh}. */
    void scalarMinMaxLsh(ScalarBounds src) {
        long umaxVal = src.umax();
        long uminVal = src.umin();
        scalar64MinMaxLshInner(uminVal, umaxVal);
        scalar32MinMaxLshInner(uminVal, umaxVal);
        varOff = varOff.lshift((int) uminVal);
        updateRegBounds();
    }

    /** {@code scalar32_min_max_rsh}. */
    void scalar32MinMaxRsh(ScalarBounds src) {
        Tnum subreg = varOff.subreg();
        int umaxVal = src.u32max();
        int uminVal = src.u32min();
        s32min = Integer.MIN_VALUE;
        s32max = Integer.MAX_VALUE;
        varOff = subreg.rshift(uminVal);
        u32min >>>= umaxVal;
        u32max >>>= uminVal;
        mark64Unbounded();
        updateReg32Bounds();
    }

    /** {@code scalar_min_max_rsh}. */
    void scalarMinMaxRsh(ScalarBounds src) {
        long umaxVal = src.umax();
        long uminVal = src.umin();
        smin = Long.MIN_VALUE;
        smax = Long.MAX_VALUE;
        varOff = varOff.rshift((int) uminVal);
        umin >>>= umaxVal;
        umax >>>= uminVal;
        mark32Unbounded();
        updateRegBounds();
    }

    /** {@code scalar32_min_max_arsh}. */
    void scalar32MinMaxArsh(ScalarBounds src) {
        int uminVal = src.u32min();
        s32min >>= uminVal;
        s32max >>= uminVal;
        varOff = varOff.subreg().arshift(uminVal, 32);
        u32min = 0;
        u32max = -1;
        mark64Unbounded();
        updateReg32Bounds();
    }

    /** {@code scalar_min_max_arsh}. */
    void scalarMinMaxArsh(ScalarBounds src) {
        int uminVal = (int) src.umin();
        smin >>= uminVal;
        smax >>= uminVal;
        varOff = varOff.arshift(uminVal, 64);
        umin = 0;
        umax = -1L;
        mark32Unbounded();
        updateRegBounds();
    }
}
