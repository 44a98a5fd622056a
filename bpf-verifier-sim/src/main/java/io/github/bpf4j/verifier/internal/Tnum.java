package io.github.bpf4j.verifier.internal;

/**
 * A tracked number: each of 64 bits is known 0, known 1 or unknown. A bit is unknown when set in {@code mask};
 * a known bit has its value in {@code value}, and {@code value & mask} is always 0.
 *
 * <p>Follows kernel/bpf/tnum.c of Linux 6.18 (the multiplication is the 6.17+ form that walks the bits of
 * {@code a} and adds partial products of {@code b}).
 *
 * @param value the known-1 bits
 * @param mask  the unknown bits
 */
public record Tnum(long value, long mask) {

    /** A completely unknown value ({@code tnum_unknown}). */
    public static final Tnum UNKNOWN = new Tnum(0, -1);

    public Tnum {
        if ((value & mask) != 0) {
            throw new IllegalArgumentException("tnum value and mask overlap: " + this.describe(value, mask));
        }
    }

    private String describe(long v, long m) {
        return "(" + Long.toHexString(v) + "; " + Long.toHexString(m) + ")";
    }

    /** {@code tnum_const}. */
    public static Tnum ofConst(long v) {
        return new Tnum(v, 0);
    }

    /** {@code tnum_range}: the smallest tnum that holds every value of {@code [min, max]} (unsigned). */
    public static Tnum range(long min, long max) {
        long delta = rangeMask(min, max);
        return delta == -1L ? UNKNOWN : new Tnum(min & ~delta, delta);
    }

    /** The mask of {@code tnum_range(min, max)}: every bit below the highest one where the two differ. */
    static long rangeMask(long min, long max) {
        int bits = 64 - Long.numberOfLeadingZeros(min ^ max);
        return bits > 63 ? -1L : (1L << bits) - 1;
    }

    /** {@code tnum_is_const}. */
    public boolean isConst() {
        return mask == 0;
    }

    /** {@code tnum_is_unknown}. */
    public boolean isUnknown() {
        return mask == -1L;
    }

    /** {@code tnum_lshift}. */
    public Tnum lshift(int shift) {
        return new Tnum(value << shift, mask << shift);
    }

    /** {@code tnum_rshift}. */
    public Tnum rshift(int shift) {
        return new Tnum(value >>> shift, mask >>> shift);
    }

    /** {@code tnum_arshift}: an arithmetic shift in 32 or 64 bits. */
    public Tnum arshift(int minShift, int insnBitness) {
        if (insnBitness == 32) {
            return new Tnum(((int) value >> minShift) & 0xffffffffL, ((int) mask >> minShift) & 0xffffffffL);
        }
        return new Tnum(value >> minShift, mask >> minShift);
    }

    /** {@code tnum_add}. */
    public Tnum add(Tnum b) {
        long sm = mask + b.mask;
        long sv = value + b.value;
        long sigma = sm + sv;
        long chi = sigma ^ sv;
        long mu = chi | mask | b.mask;
        return new Tnum(sv & ~mu, mu);
    }

    /** {@code tnum_sub}. */
    public Tnum sub(Tnum b) {
        long dv = value - b.value;
        long alpha = dv + mask;
        long beta = dv - b.mask;
        long chi = alpha ^ beta;
        long mu = chi | mask | b.mask;
        return new Tnum(dv & ~mu, mu);
    }

    /** {@code tnum_neg}: {@code 0 - a}. */
    public Tnum neg() {
        return ofConst(0).sub(this);
    }

    /** {@code tnum_and}. */
    public Tnum and(Tnum b) {
        long alpha = value | mask;
        long beta = b.value | b.mask;
        long v = value & b.value;
        return new Tnum(v, alpha & beta & ~v);
    }

    /** {@code tnum_or}. */
    public Tnum or(Tnum b) {
        long v = value | b.value;
        long mu = mask | b.mask;
        return new Tnum(v, mu & ~v);
    }

    /** {@code tnum_xor}. */
    public Tnum xor(Tnum b) {
        long v = value ^ b.value;
        long mu = mask | b.mask;
        return new Tnum(v & ~mu, mu);
    }

    /**
     * {@code tnum_mul}: the known product plus, per possibly-set bit of {@code a}, the uncertain part of b. The
     * loop of {@code tnum_add}/{@code tnum_rshift}/{@code tnum_lshift} is spelled out on longs: it runs up to 64
     * times per multiplication, and the verifier multiplies often.
     */
    public Tnum mul(Tnum other) {
        long av = value;
        long am = mask;
        long bv = other.value;
        long bm = other.mask;
        long accV = value * other.value;
        long accMv = 0;
        long accMm = 0;
        while (av != 0 || am != 0) {
            if ((av & 1) != 0 || (am & 1) != 0) {
                // a certain 1 adds b's uncertain bits, an uncertain bit all of b's possible ones:
                // tnum_add(accM, TNUM(0, addM))
                long addM = (av & 1) != 0 ? bm : bv | bm;
                long sm = accMm + addM;
                long sv = accMv;
                long mu = ((sm + sv) ^ sv) | accMm | addM;
                accMv = sv & ~mu;
                accMm = mu;
            }
            av >>>= 1;
            am >>>= 1;
            bv <<= 1;
            bm <<= 1;
        }
        // tnum_add(TNUM(accV, 0), accM)
        long sv = accV + accMv;
        long mu = ((accMm + sv) ^ sv) | accMm;
        return new Tnum(sv & ~mu, mu);
    }

    /**
     * {@code tnum_intersect}: the bits known in either. Where the two disagree the result has a known 1, as in the
     * kernel; callers intersect only tnums that describe the same value.
     */
    public Tnum intersect(Tnum b) {
        long v = value | b.value;
        long mu = mask & b.mask;
        return new Tnum(v & ~mu, mu);
    }

    /** {@code tnum_cast}: keep the low {@code size} bytes. */
    public Tnum cast(int size) {
        long keep = size >= 8 ? -1L : (1L << (size * 8)) - 1;
        return new Tnum(value & keep, mask & keep);
    }

    /** {@code tnum_is_aligned}. */
    public boolean isAligned(long size) {
        if (size == 0) {
            return true;
        }
        return ((value | mask) & (size - 1)) == 0;
    }

    /** {@code tnum_in}: whether every value of {@code b} is a value of this. */
    public boolean in(Tnum b) {
        if ((b.mask & ~mask) != 0) {
            return false;
        }
        return value == (b.value & ~mask);
    }

    /** Whether the concrete {@code v} is a member: every known bit matches. */
    public boolean contains(long v) {
        return (v & ~mask) == value;
    }

    /** {@code tnum_subreg}: the low 32 bits. */
    public Tnum subreg() {
        return cast(4);
    }

    /** {@code tnum_clear_subreg}: the high 32 bits, low ones known 0. */
    public Tnum clearSubreg() {
        return rshift(32).lshift(32);
    }

    /** {@code tnum_with_subreg}: the high 32 bits of this with the low 32 bits of {@code subreg}. */
    public Tnum withSubreg(Tnum subreg) {
        return clearSubreg().or(subreg.subreg());
    }

    /** {@code tnum_const_subreg}. */
    public Tnum constSubreg(long v) {
        return withSubreg(ofConst(v));
    }

    /** {@code tnum_subreg_is_const}. */
    public boolean subregIsConst() {
        return (mask & 0xffffffffL) == 0;
    }

    /** {@code tnum_strn}: {@code (0x..; 0x..)} as {@code %#llx} prints it (0 without a prefix). */
    public String strn() {
        return "(" + hex(value) + "; " + hex(mask) + ")";
    }

    static String hex(long v) {
        return v == 0 ? "0" : "0x" + Long.toHexString(v);
    }
}
