package io.github.bpf4j.verifier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.JmpOp;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Soundness of the ported tnum and bounds algebra: concrete members of inputs give members of outputs. */
class ScalarPropertiesTest {

    /** An abstract value together with one concrete member of it. */
    record Member(ScalarBounds abs, long value) {}

    private static long pickInRange(long lo, long hi, long seed) {
        long span = hi - lo;
        if (span == -1L) {
            return seed;
        }
        return lo + Long.remainderUnsigned(seed, span + 1);
    }

    @Provide
    Arbitrary<Member> members() {
        Arbitrary<Long> interesting = Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-300, 300),
                Arbitraries.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0xffffffffL, 0x80000000L, 0x7fffffffL,
                        0xffffffff80000000L, 1L << 32));
        Arbitrary<Member> consts = interesting.map(v -> new Member(ScalarBounds.ofConst(v), v));
        Arbitrary<Member> ranges = Combinators.combine(interesting, interesting, Arbitraries.longs()).as((a, b, s) -> {
            long lo = Bounds.umin64(a, b);
            long hi = Bounds.umax64(a, b);
            return new Member(ScalarBounds.ofRange(lo, hi), pickInRange(lo, hi, s));
        });
        Arbitrary<Member> tnums = Combinators.combine(interesting, interesting, Arbitraries.longs()).as((v, m, s) -> {
            Tnum t = new Tnum(v & ~m, m);
            Bounds b = Bounds.of(ScalarBounds.UNKNOWN);
            b.varOff = t;
            b.sync();
            return new Member(b.freeze(), (v & ~m) | (s & m));
        });
        Arbitrary<Member> signed = Combinators.combine(interesting, interesting, Arbitraries.longs()).as((a, b, s) -> {
            long lo = Math.min(a, b);
            long hi = Math.max(a, b);
            Bounds x = Bounds.of(ScalarBounds.UNKNOWN);
            x.smin = lo;
            x.smax = hi;
            x.sync();
            return new Member(x.freeze(), pickInRange(lo, hi, s));
        });
        return Arbitraries.oneOf(consts, ranges, tnums, signed);
    }

    static long concrete(AluOp op, boolean alu64, long a, long b) {
        long r = switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> alu64 ? a * b : (long) ((int) a * (int) b);
            case AND -> a & b;
            case OR -> a | b;
            case XOR -> a ^ b;
            case NEG -> -a;
            case LSH -> alu64 ? a << b : (long) ((int) a << (int) b);
            case RSH -> alu64 ? a >>> b : (long) ((int) a >>> (int) b);
            case ARSH -> alu64 ? a >> b : (long) ((int) a >> (int) b);
            default -> throw new IllegalArgumentException(op.name());
        };
        return alu64 ? r : r & 0xffffffffL;
    }

    @Property(tries = 3000)
    void everyScalarAluOpIsSound(@ForAll("members") Member dst, @ForAll("members") Member src,
            @ForAll boolean alu64) {
        for (AluOp op : new AluOp[] {AluOp.ADD, AluOp.SUB, AluOp.MUL, AluOp.AND, AluOp.OR, AluOp.XOR, AluOp.NEG,
                AluOp.LSH, AluOp.RSH, AluOp.ARSH}) {
            Member s = src;
            if (op == AluOp.LSH || op == AluOp.RSH || op == AluOp.ARSH) {
                long k = Long.remainderUnsigned(src.value(), alu64 ? 64 : 32);
                s = new Member(ScalarBounds.ofConst(k), k);
            }
            ScalarBounds out = ScalarOps.adjustScalarMinMaxVals(op, alu64, dst.abs(), s.abs());
            long c = concrete(op, alu64, dst.value(), s.value());
            assertThat(out.contains(c)).as("%s%s %s %s -> %s misses %x", op, alu64 ? "64" : "32", dst, s, out, c)
                    .isTrue();
        }
    }

    @Property(tries = 2000)
    void boundsSyncNeverLosesAValue(@ForAll("members") Member m) {
        assertThat(m.abs().contains(m.value())).isTrue();
        assertThat(m.abs().sync().contains(m.value())).isTrue();
    }

    @Property(tries = 2000)
    void signExtensionAndTruncationAreSound(@ForAll("members") Member m) {
        for (int size : new int[] {1, 2, 4}) {
            long sx = size == 1 ? (byte) m.value() : size == 2 ? (short) m.value() : (int) m.value();
            assertThat(ScalarOps.movsx64(m.abs(), size).contains(sx)).isTrue();
            assertThat(ScalarOps.coerceRegToSize(m.abs(), size).contains(m.value() & ((1L << (size * 8)) - 1)))
                    .isTrue();
            if (size < 4) {
                assertThat(ScalarOps.movsx32(m.abs(), size).contains(sx & 0xffffffffL)).isTrue();
            }
        }
    }

    @Property(tries = 3000)
    void tnumOpsAreSound(@ForAll("members") Member a, @ForAll("members") Member b) {
        Tnum x = a.abs().varOff();
        Tnum y = b.abs().varOff();
        long p = a.value();
        long q = b.value();
        assertThat(x.add(y).contains(p + q)).isTrue();
        assertThat(x.sub(y).contains(p - q)).isTrue();
        assertThat(x.mul(y).contains(p * q)).isTrue();
        assertThat(x.and(y).contains(p & q)).isTrue();
        assertThat(x.or(y).contains(p | q)).isTrue();
        assertThat(x.xor(y).contains(p ^ q)).isTrue();
        assertThat(x.neg().contains(-p)).isTrue();
        int sh = (int) (q & 63);
        assertThat(x.lshift(sh).contains(p << sh)).isTrue();
        assertThat(x.rshift(sh).contains(p >>> sh)).isTrue();
        assertThat(x.arshift(sh, 64).contains(p >> sh)).isTrue();
        assertThat(x.subreg().arshift(sh & 31, 32).contains(((int) p >> (sh & 31)) & 0xffffffffL)).isTrue();
        assertThat(x.cast(2).contains(p & 0xffff)).isTrue();
        assertThat(x.subreg().contains(p & 0xffffffffL)).isTrue();
        assertThat(x.withSubreg(y).contains((p & ~0xffffffffL) | (q & 0xffffffffL))).isTrue();
        assertThat(Tnum.range(Bounds.umin64(p, q), Bounds.umax64(p, q)).contains(p)).isTrue();
        assertThat(x.in(Tnum.ofConst(p))).isTrue();
    }

    @Property(tries = 3000)
    void branchRefinementKeepsTheValuesOfEachSide(@ForAll("members") Member a, @ForAll("members") Member b,
            @ForAll JmpOp op, @ForAll boolean jmp32) {
        long p = a.value();
        long q = b.value();
        boolean taken = holds(op, jmp32, p, q);
        int pred = ScalarOps.isScalarBranchTaken(a.abs(), b.abs(), op, jmp32);
        if (pred >= 0) {
            assertThat(pred == 1).as("prediction").isEqualTo(taken);
        }
        ScalarOps.Pair refined = taken
                ? ScalarOps.refine(a.abs(), b.abs(), op, false, jmp32)
                : op == JmpOp.JSET ? ScalarOps.refine(a.abs(), b.abs(), op, true, jmp32)
                : ScalarOps.refine(a.abs(), b.abs(), op.negate(), false, jmp32);
        if (refined.r1().sane() && refined.r2().sane()) {
            assertThat(refined.r1().contains(p)).as("%s refined to %s", a, refined.r1()).isTrue();
            assertThat(refined.r2().contains(q)).as("%s refined to %s", b, refined.r2()).isTrue();
        }
    }

    static boolean holds(JmpOp op, boolean jmp32, long p, long q) {
        if (jmp32) {
            p = (int) p;
            q = (int) q;
        }
        long up = jmp32 ? p & 0xffffffffL : p;
        long uq = jmp32 ? q & 0xffffffffL : q;
        return switch (op) {
            case JEQ -> p == q;
            case JNE -> p != q;
            case JSET -> (p & q) != 0;
            case JGT -> Long.compareUnsigned(up, uq) > 0;
            case JGE -> Long.compareUnsigned(up, uq) >= 0;
            case JLT -> Long.compareUnsigned(up, uq) < 0;
            case JLE -> Long.compareUnsigned(up, uq) <= 0;
            case JSGT -> p > q;
            case JSGE -> p >= q;
            case JSLT -> p < q;
            case JSLE -> p <= q;
        };
    }
}
