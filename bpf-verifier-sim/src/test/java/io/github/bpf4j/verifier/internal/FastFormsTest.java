package io.github.bpf4j.verifier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The routines spelled out on longs for speed give exactly what the kernel's composition of tnum operations gives
 * (kernel/bpf/tnum.c and verifier.c, Linux 6.18), written here the kernel's way as the reference.
 */
class FastFormsTest {

    @Provide
    Arbitrary<Long> bits() {
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-300, 300),
                Arbitraries.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0xffffffffL, 0x80000000L, 0xffL,
                        0xffffffff00000000L, 0xf0f0L));
    }

    private static Tnum tnum(long v, long m) {
        return new Tnum(v & ~m, m);
    }

    /** tnum_mul as kernel/bpf/tnum.c writes it, on tnum values. */
    private static Tnum kernelMul(Tnum a, Tnum b) {
        Tnum accV = Tnum.ofConst(a.value() * b.value());
        Tnum accM = Tnum.ofConst(0);
        while (a.value() != 0 || a.mask() != 0) {
            if ((a.value() & 1) != 0) {
                accM = accM.add(new Tnum(0, b.mask()));
            } else if ((a.mask() & 1) != 0) {
                accM = accM.add(new Tnum(0, b.value() | b.mask()));
            }
            a = a.rshift(1);
            b = b.lshift(1);
        }
        return accV.add(accM);
    }

    @Property(tries = 5000, edgeCases = EdgeCasesMode.NONE)
    void mulIsTheKernelLoop(@ForAll("bits") long av, @ForAll("bits") long am, @ForAll("bits") long bv,
            @ForAll("bits") long bm) {
        Tnum a = tnum(av, am);
        Tnum b = tnum(bv, bm);
        assertThat(a.mul(b)).isEqualTo(kernelMul(a, b));
    }

    @Property(tries = 5000, edgeCases = EdgeCasesMode.NONE)
    void syncIsTheKernelsThreeDeductions(@ForAll("bits") long v, @ForAll("bits") long m, @ForAll("bits") long a,
            @ForAll("bits") long b, @ForAll("bits") long c, @ForAll("bits") long d) {
        Bounds x = Bounds.of(ScalarBounds.UNKNOWN);
        x.varOff = tnum(v, m);
        x.umin = Bounds.umin64(a, b);
        x.umax = Bounds.umax64(a, b);
        x.smin = Math.min(c, d);
        x.smax = Math.max(c, d);
        x.u32min = Bounds.umin32((int) c, (int) a);
        x.u32max = Bounds.umax32((int) c, (int) a);
        x.s32min = Math.min((int) d, (int) b);
        x.s32max = Math.max((int) d, (int) b);
        Bounds y = Bounds.of(x.freeze());
        // reg_bounds_sync of Linux 6.18 as written there: three deductions, never stopping early
        y.updateRegBounds();
        y.regDeduceBounds();
        y.regDeduceBounds();
        y.regDeduceBounds();
        y.regBoundOffset();
        y.updateRegBounds();
        x.sync();
        assertThat(x.freeze()).isEqualTo(y.freeze());
    }

    @Property(tries = 5000, edgeCases = EdgeCasesMode.NONE)
    void regBoundOffsetIsTheKernelComposition(@ForAll("bits") long v, @ForAll("bits") long m,
            @ForAll("bits") long a, @ForAll("bits") long b, @ForAll("bits") long c, @ForAll("bits") long d) {
        Bounds x = Bounds.of(ScalarBounds.UNKNOWN);
        x.varOff = tnum(v, m);
        x.umin = Bounds.umin64(a, b);
        x.umax = Bounds.umax64(a, b);
        x.u32min = Bounds.umin32((int) c, (int) d);
        x.u32max = Bounds.umax32((int) c, (int) d);
        Tnum var64 = x.varOff.intersect(Tnum.range(x.umin, x.umax));
        Tnum var32 = var64.subreg().intersect(Tnum.range(x.u32min & Bounds.U32, x.u32max & Bounds.U32));
        Tnum expected = var64.clearSubreg().or(var32);
        x.regBoundOffset();
        assertThat(x.varOff).isEqualTo(expected);
    }
}
