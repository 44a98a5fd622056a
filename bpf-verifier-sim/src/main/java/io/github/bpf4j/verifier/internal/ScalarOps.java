package io.github.bpf4j.verifier.internal;

import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.JmpOp;

/**
 * Scalar arithmetic and comparisons on {@link ScalarBounds}, ported from kernel/bpf/verifier.c of Linux 6.18.
 */
public final class ScalarOps {

    private ScalarOps() {}

    /**
     * Results for two unknown operands by {@code 2 * op.ordinal() + (alu64 ? 1 : 0)}. Filled on first use; values
     * are immutable, so a race only computes one twice.
     */
    private static final ScalarBounds[] UNKNOWN_OP_UNKNOWN = new ScalarBounds[2 * AluOp.values().length];
    /** {@link #coerceRegToSize} of an unknown scalar, by size. */
    private static final ScalarBounds[] UNKNOWN_COERCED = new ScalarBounds[9];
    /** {@link #zext32} of an unknown scalar. */
    private static final ScalarBounds UNKNOWN_ZEXT32 = zext32Of(ScalarBounds.UNKNOWN);

    /**
     * {@code is_safe_to_compute_dst_reg_range}: whether the kernel tracks the result of {@code op}; division,
     * modulo and shifts by a non-constant or too-wide amount give an unknown scalar.
     */
    static boolean isSafeToComputeDstRegRange(AluOp op, boolean alu64, ScalarBounds src) {
        boolean srcIsConst;
        if (!alu64) {
            srcIsConst = src.varOff().subregIsConst() && src.s32min() == src.s32max() && src.u32min() == src.u32max();
        } else {
            srcIsConst = src.varOff().isConst() && src.smin() == src.smax() && src.umin() == src.umax();
        }
        long bitness = alu64 ? 64 : 32;
        return switch (op) {
            case ADD, SUB, NEG, AND, XOR, OR, MUL -> true;
            case LSH, RSH, ARSH -> srcIsConst && Long.compareUnsigned(alu64 ? src.umax() : src.u32max() & Bounds.U32,
                    bitness) < 0 && Long.compareUnsigned(src.umax(), bitness) < 0;
            default -> false;
        };
    }

    /**
     * {@code adjust_scalar_min_max_vals}: {@code dst op= src} on two scalars, in 64 bits or (with zero extension)
     * in 32. NEG ignores {@code src}. Division, modulo, byte swaps and sign-extending moves are not here.
     */
    public static ScalarBounds adjustScalarMinMaxVals(AluOp op, boolean alu64, ScalarBounds dst, ScalarBounds src) {
        if (dst == ScalarBounds.UNKNOWN && src == ScalarBounds.UNKNOWN) {
            // a function of op and width alone, and common once values are unknown: computed once
            int k = op.ordinal() * 2 + (alu64 ? 1 : 0);
            ScalarBounds r = UNKNOWN_OP_UNKNOWN[k];
            if (r == null) {
                r = adjust(op, alu64, dst, src);
                UNKNOWN_OP_UNKNOWN[k] = r;
            }
            return r;
        }
        return adjust(op, alu64, dst, src);
    }

    private static ScalarBounds adjust(AluOp op, boolean alu64, ScalarBounds dst, ScalarBounds src) {
        if (op != AluOp.NEG && !isSafeToComputeDstRegRange(op, alu64, src)) {
            return ScalarBounds.UNKNOWN;
        }
        Bounds d = Bounds.of(dst);
        ScalarBounds s = src;
        switch (op) {
            case ADD -> {
                d.scalar32MinMaxAdd(s);
                d.scalarMinMaxAdd(s);
                d.varOff = d.varOff.add(s.varOff());
            }
            case SUB -> {
                d.scalar32MinMaxSub(s);
                d.scalarMinMaxSub(s);
                d.varOff = d.varOff.sub(s.varOff());
            }
            case NEG -> {
                d.markKnown(0);
                d.scalar32MinMaxSub(dst);
                d.scalarMinMaxSub(dst);
                d.varOff = dst.varOff().neg();
            }
            case MUL -> {
                d.varOff = d.varOff.mul(s.varOff());
                d.scalar32MinMaxMul(s);
                d.scalarMinMaxMul(s);
            }
            case AND -> {
                d.varOff = d.varOff.and(s.varOff());
                d.scalar32MinMaxAnd(s);
                d.scalarMinMaxAnd(s);
            }
            case OR -> {
                d.varOff = d.varOff.or(s.varOff());
                d.scalar32MinMaxOr(s);
                d.scalarMinMaxOr(s);
            }
            case XOR -> {
                d.varOff = d.varOff.xor(s.varOff());
                d.scalar32MinMaxXor(s);
                d.scalarMinMaxXor(s);
            }
            case LSH -> {
                if (alu64) {
                    d.scalarMinMaxLsh(s);
                } else {
                    d.scalar32MinMaxLsh(s);
                }
            }
            case RSH -> {
                if (alu64) {
                    d.scalarMinMaxRsh(s);
                } else {
                    d.scalar32MinMaxRsh(s);
                }
            }
            case ARSH -> {
                if (alu64) {
                    d.scalarMinMaxArsh(s);
                } else {
                    d.scalar32MinMaxArsh(s);
                }
            }
            default -> {
                return ScalarBounds.UNKNOWN;
            }
        }
        if (!alu64) {
            d.zext32To64();
        }
        d.sync();
        return d.freeze();
    }

    /** {@code zext_32_to_64} followed by {@code reg_bounds_sync}: the result of a 32-bit move. */
    public static ScalarBounds zext32(ScalarBounds b) {
        return b == ScalarBounds.UNKNOWN ? UNKNOWN_ZEXT32 : zext32Of(b);
    }

    private static ScalarBounds zext32Of(ScalarBounds b) {
        Bounds d = Bounds.of(b);
        d.zext32To64();
        d.sync();
        return d.freeze();
    }

    /** {@code coerce_reg_to_size}: keep the low {@code size} bytes (loads narrower than 8 bytes). */
    public static ScalarBounds coerceRegToSize(ScalarBounds b, int size) {
        if (b == ScalarBounds.UNKNOWN && size > 0 && size < UNKNOWN_COERCED.length) {
            ScalarBounds r = UNKNOWN_COERCED[size];
            if (r == null) {
                r = coerce(b, size);
                UNKNOWN_COERCED[size] = r;
            }
            return r;
        }
        return coerce(b, size);
    }

    private static ScalarBounds coerce(ScalarBounds b, int size) {
        Bounds r = Bounds.of(b);
        r.varOff = r.varOff.cast(size);
        long mask = size >= 8 ? -1L : (1L << (size * 8)) - 1;
        if ((r.umin & ~mask) == (r.umax & ~mask)) {
            r.umin &= mask;
            r.umax &= mask;
        } else {
            r.umin = 0;
            r.umax = mask;
        }
        r.smin = r.umin;
        r.smax = r.umax;
        if (size < 4) {
            r.mark32Unbounded();
        }
        r.sync();
        return r.freeze();
    }

    private static long signExtend(long v, int size) {
        return switch (size) {
            case 1 -> (byte) v;
            case 2 -> (short) v;
            default -> (int) v;
        };
    }

    /** {@code coerce_reg_to_size_sx}: sign-extend the low {@code size} bytes into 64 bits (no sync). */
    public static ScalarBounds coerceRegToSizeSx(ScalarBounds b, int size) {
        Bounds r = Bounds.of(b);
        if (r.varOff.isConst()) {
            long c = signExtend(r.varOff.value(), size);
            r.markKnown(c);
            return r.freeze();
        }
        int numBits = size * 8;
        long topSmax = (r.smax >>> numBits) << numBits;
        long topSmin = (r.smin >>> numBits) << numBits;
        if (topSmax == topSmin) {
            long initMax = signExtend(r.smax, size);
            long initMin = signExtend(r.smin, size);
            long max = Math.max(initMax, initMin);
            long min = Math.min(initMax, initMin);
            if ((max >= 0) == (min >= 0)) {
                r.smin = min;
                r.s32min = (int) min;
                r.smax = max;
                r.s32max = (int) max;
                r.umin = min;
                r.u32min = (int) min;
                r.umax = max;
                r.u32max = (int) max;
                r.varOff = Tnum.range(min, max);
                return r.freeze();
            }
        }
        long lo = size == 1 ? Byte.MIN_VALUE : size == 2 ? Short.MIN_VALUE : Integer.MIN_VALUE;
        long hi = size == 1 ? Byte.MAX_VALUE : size == 2 ? Short.MAX_VALUE : Integer.MAX_VALUE;
        r.smin = lo;
        r.s32min = (int) lo;
        r.smax = hi;
        r.s32max = (int) hi;
        r.umin = 0;
        r.u32min = 0;
        r.umax = -1L;
        r.u32max = -1;
        r.varOff = Tnum.UNKNOWN;
        return r.freeze();
    }

    /** {@code coerce_subreg_to_size_sx}: sign-extend the low {@code size} bytes into the low 32 bits (no sync). */
    public static ScalarBounds coerceSubregToSizeSx(ScalarBounds b, int size) {
        Bounds r = Bounds.of(b);
        if (r.varOff.isConst()) {
            long c = signExtend(r.varOff.value(), size);
            r.varOff = Tnum.ofConst(c);
            r.s32min = r.s32max = (int) c;
            r.u32min = r.u32max = (int) c;
            return r.freeze();
        }
        int numBits = size * 8;
        int topSmax = (r.s32max >>> numBits) << numBits;
        int topSmin = (r.s32min >>> numBits) << numBits;
        if (topSmax == topSmin) {
            int initMax = (int) signExtend(r.s32max, size);
            int initMin = (int) signExtend(r.s32min, size);
            int max = Math.max(initMax, initMin);
            int min = Math.min(initMax, initMin);
            if ((min >= 0) == (max >= 0)) {
                r.s32min = min;
                r.s32max = max;
                r.u32min = min;
                r.u32max = max;
                r.varOff = Tnum.range(min, max).subreg();
                return r.freeze();
            }
        }
        r.s32min = size == 1 ? Byte.MIN_VALUE : Short.MIN_VALUE;
        r.s32max = size == 1 ? Byte.MAX_VALUE : Short.MAX_VALUE;
        r.u32min = 0;
        r.u32max = -1;
        r.varOff = Tnum.UNKNOWN.subreg();
        return r.freeze();
    }

    /** {@code reg_bounds_sync} after a 64-bit sign extension ({@code movsx}). */
    public static ScalarBounds movsx64(ScalarBounds src, int size) {
        return coerceRegToSizeSx(src, size).sync();
    }

    /** A 32-bit {@code movsx}: {@code coerce_subreg_to_size_sx}, then zero extension and sync. */
    public static ScalarBounds movsx32(ScalarBounds src, int size) {
        return zext32(coerceSubregToSizeSx(src, size));
    }

    // --- branches -----------------------------------------------------------------------------------------------

    /** {@code is_reg_const}. */
    static boolean isRegConst(ScalarBounds r, boolean jmp32) {
        return jmp32 ? r.varOff().subregIsConst() : r.varOff().isConst();
    }

    /** {@code reg_const_value}. */
    static long regConstValue(ScalarBounds r, boolean jmp32) {
        return jmp32 ? r.varOff().value() & Bounds.U32 : r.varOff().value();
    }

    /**
     * {@code is_scalar_branch_taken}: 1 when the jump is always taken, 0 when never, -1 when unknown.
     */
    public static int isScalarBranchTaken(ScalarBounds r1, ScalarBounds r2, JmpOp op, boolean jmp32) {
        Tnum t1 = jmp32 ? r1.varOff().subreg() : r1.varOff();
        Tnum t2 = jmp32 ? r2.varOff().subreg() : r2.varOff();
        long umin1 = jmp32 ? r1.u32min() & Bounds.U32 : r1.umin();
        long umax1 = jmp32 ? r1.u32max() & Bounds.U32 : r1.umax();
        long smin1 = jmp32 ? r1.s32min() : r1.smin();
        long smax1 = jmp32 ? r1.s32max() : r1.smax();
        long umin2 = jmp32 ? r2.u32min() & Bounds.U32 : r2.umin();
        long umax2 = jmp32 ? r2.u32max() & Bounds.U32 : r2.umax();
        long smin2 = jmp32 ? r2.s32min() : r2.smin();
        long smax2 = jmp32 ? r2.s32max() : r2.smax();
        switch (op) {
            case JEQ, JNE -> {
                int differ = op == JmpOp.JEQ ? 0 : 1;
                if (t1.isConst() && t2.isConst()) {
                    return (t1.value() == t2.value()) == (op == JmpOp.JEQ) ? 1 : 0;
                }
                // tnum_overlap: a bit known in both and different means the values differ (the live kernel decides
                // `r != 0xfe` for var_off (0x1; ...fa) this way, random seed 12 r05275)
                long mu = t1.mask() | t2.mask();
                if ((t1.value() & ~mu) != (t2.value() & ~mu)) {
                    return differ;
                }
                if (Bounds.ult(umax2, umin1) || Bounds.ult(umax1, umin2)) {
                    return differ;
                }
                if (smin1 > smax2 || smax1 < smin2) {
                    return differ;
                }
                if (!jmp32) {
                    if (Bounds.ult32(r2.u32max(), r1.u32min()) || Bounds.ult32(r1.u32max(), r2.u32min())) {
                        return differ;
                    }
                    if (r1.s32min() > r2.s32max() || r1.s32max() < r2.s32min()) {
                        return differ;
                    }
                }
                return -1;
            }
            case JSET -> {
                ScalarBounds a = r1;
                ScalarBounds b = r2;
                Tnum ta = t1;
                Tnum tb = t2;
                if (!isRegConst(b, jmp32)) {
                    ScalarBounds x = a;
                    a = b;
                    b = x;
                    Tnum y = ta;
                    ta = tb;
                    tb = y;
                }
                if (!isRegConst(b, jmp32)) {
                    return -1;
                }
                if (((~ta.mask() & ta.value()) & tb.value()) != 0) {
                    return 1;
                }
                if (((ta.mask() | ta.value()) & tb.value()) == 0) {
                    return 0;
                }
                return -1;
            }
            case JGT -> {
                return Bounds.ult(umax2, umin1) ? 1 : Long.compareUnsigned(umax1, umin2) <= 0 ? 0 : -1;
            }
            case JSGT -> {
                return smin1 > smax2 ? 1 : smax1 <= smin2 ? 0 : -1;
            }
            case JLT -> {
                return Bounds.ult(umax1, umin2) ? 1 : Long.compareUnsigned(umin1, umax2) >= 0 ? 0 : -1;
            }
            case JSLT -> {
                return smax1 < smin2 ? 1 : smin1 >= smax2 ? 0 : -1;
            }
            case JGE -> {
                return Long.compareUnsigned(umin1, umax2) >= 0 ? 1 : Bounds.ult(umax1, umin2) ? 0 : -1;
            }
            case JSGE -> {
                return smin1 >= smax2 ? 1 : smax1 < smin2 ? 0 : -1;
            }
            case JLE -> {
                return Long.compareUnsigned(umax1, umin2) <= 0 ? 1 : Bounds.ult(umax2, umin1) ? 0 : -1;
            }
            case JSLE -> {
                return smax1 <= smin2 ? 1 : smin1 > smax2 ? 0 : -1;
            }
            default -> {
                return -1;
            }
        }
    }

    /** The two registers of a comparison after refinement. */
    public record Pair(ScalarBounds r1, ScalarBounds r2) {}

    /**
     * {@code regs_refine_cond_op} followed by {@code reg_bounds_sync} of both: what {@code r1 op r2} being true
     * teaches about both. {@code negatedJset} is the kernel's {@code BPF_JSET | BPF_X} pseudo-opcode (the false
     * branch of JSET).
     */
    public static Pair refine(ScalarBounds r1, ScalarBounds r2, JmpOp op, boolean negatedJset, boolean jmp32) {
        return refine(r1, r2, op, negatedJset, jmp32, false);
    }

    /**
     * As {@link #refine(ScalarBounds, ScalarBounds, JmpOp, boolean, boolean)}; {@code sameRegister} when both
     * operands are one register ({@code if r1 s>= r1}), which the kernel refines through one pointer, so both
     * sides' updates land on the same value.
     */
    public static Pair refine(ScalarBounds r1, ScalarBounds r2, JmpOp op, boolean negatedJset, boolean jmp32,
            boolean sameRegister) {
        Bounds a = Bounds.of(r1);
        Bounds b = sameRegister ? a : Bounds.of(r2);
        regsRefineCondOp(a, b, op, negatedJset, jmp32);
        a.sync();
        b.sync();
        return new Pair(a.freeze(), b.freeze());
    }

    /** {@code rev_opcode} on the true-branch operation: the false branch's operation (JSET gives the negation). */
    static void regsRefineCondOp(Bounds r1, Bounds r2, JmpOp op, boolean negatedJset, boolean jmp32) {
        if (negatedJset) {
            Bounds[] p = constSecond(r1, r2, jmp32);
            if (p == null) {
                return;
            }
            long val = regConstValue(p[1].freeze(), jmp32);
            // 6.17+: forget the ranges before narrowing the tnum, so a dead branch cannot break the invariants
            p[0].markUnbounded();
            if (jmp32) {
                Tnum t = p[0].varOff.subreg().and(Tnum.ofConst(~val));
                p[0].varOff = p[0].varOff.withSubreg(t);
            } else {
                p[0].varOff = p[0].varOff.and(Tnum.ofConst(~val));
            }
            return;
        }
        switch (op) {
            case JEQ -> {
                if (jmp32) {
                    r1.u32min = Bounds.umax32(r1.u32min, r2.u32min);
                    r1.u32max = Bounds.umin32(r1.u32max, r2.u32max);
                    r1.s32min = Math.max(r1.s32min, r2.s32min);
                    r1.s32max = Math.min(r1.s32max, r2.s32max);
                    r2.u32min = r1.u32min;
                    r2.u32max = r1.u32max;
                    r2.s32min = r1.s32min;
                    r2.s32max = r1.s32max;
                    Tnum t = r1.varOff.subreg().intersect(r2.varOff.subreg());
                    r1.varOff = r1.varOff.withSubreg(t);
                    r2.varOff = r2.varOff.withSubreg(t);
                } else {
                    r1.umin = Bounds.umax64(r1.umin, r2.umin);
                    r1.umax = Bounds.umin64(r1.umax, r2.umax);
                    r1.smin = Math.max(r1.smin, r2.smin);
                    r1.smax = Math.min(r1.smax, r2.smax);
                    r2.umin = r1.umin;
                    r2.umax = r1.umax;
                    r2.smin = r1.smin;
                    r2.smax = r1.smax;
                    r1.varOff = r1.varOff.intersect(r2.varOff);
                    r2.varOff = r1.varOff;
                }
            }
            case JNE -> {
                Bounds[] p = constSecond(r1, r2, jmp32);
                if (p == null) {
                    return;
                }
                long val = regConstValue(p[1].freeze(), jmp32);
                Bounds x = p[0];
                if (jmp32) {
                    if (x.u32min == (int) val) {
                        x.u32min++;
                    }
                    if (x.u32max == (int) val) {
                        x.u32max--;
                    }
                    if (x.s32min == (int) val) {
                        x.s32min++;
                    }
                    if (x.s32max == (int) val) {
                        x.s32max--;
                    }
                } else {
                    if (x.umin == val) {
                        x.umin++;
                    }
                    if (x.umax == val) {
                        x.umax--;
                    }
                    if (x.smin == val) {
                        x.smin++;
                    }
                    if (x.smax == val) {
                        x.smax--;
                    }
                }
            }
            case JSET -> {
                Bounds[] p = constSecond(r1, r2, jmp32);
                if (p == null) {
                    return;
                }
                long val = regConstValue(p[1].freeze(), jmp32);
                if (val == 0 || (val & (val - 1)) != 0) {
                    return;
                }
                if (jmp32) {
                    Tnum t = p[0].varOff.subreg().or(Tnum.ofConst(val));
                    p[0].varOff = p[0].varOff.withSubreg(t);
                } else {
                    p[0].varOff = p[0].varOff.or(Tnum.ofConst(val));
                }
            }
            case JLE -> {
                if (jmp32) {
                    r1.u32max = Bounds.umin32(r1.u32max, r2.u32max);
                    r2.u32min = Bounds.umax32(r1.u32min, r2.u32min);
                } else {
                    r1.umax = Bounds.umin64(r1.umax, r2.umax);
                    r2.umin = Bounds.umax64(r1.umin, r2.umin);
                }
            }
            case JLT -> {
                if (jmp32) {
                    r1.u32max = Bounds.umin32(r1.u32max, r2.u32max - 1);
                    r2.u32min = Bounds.umax32(r1.u32min + 1, r2.u32min);
                } else {
                    r1.umax = Bounds.umin64(r1.umax, r2.umax - 1);
                    r2.umin = Bounds.umax64(r1.umin + 1, r2.umin);
                }
            }
            case JSLE -> {
                if (jmp32) {
                    r1.s32max = Math.min(r1.s32max, r2.s32max);
                    r2.s32min = Math.max(r1.s32min, r2.s32min);
                } else {
                    r1.smax = Math.min(r1.smax, r2.smax);
                    r2.smin = Math.max(r1.smin, r2.smin);
                }
            }
            case JSLT -> {
                if (jmp32) {
                    r1.s32max = Math.min(r1.s32max, r2.s32max - 1);
                    r2.s32min = Math.max(r1.s32min + 1, r2.s32min);
                } else {
                    r1.smax = Math.min(r1.smax, r2.smax - 1);
                    r2.smin = Math.max(r1.smin + 1, r2.smin);
                }
            }
            case JGE, JGT, JSGE, JSGT -> regsRefineCondOp(r2, r1, op.swap(), false, jmp32);
        }
    }

    private static Bounds[] constSecond(Bounds r1, Bounds r2, boolean jmp32) {
        if (!isRegConst(r2.freeze(), jmp32)) {
            Bounds t = r1;
            r1 = r2;
            r2 = t;
        }
        if (!isRegConst(r2.freeze(), jmp32)) {
            return null;
        }
        return new Bounds[] {r1, r2};
    }
}
