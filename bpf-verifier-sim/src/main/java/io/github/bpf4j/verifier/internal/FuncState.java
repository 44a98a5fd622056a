package io.github.bpf4j.verifier.internal;

import java.util.Arrays;

/**
 * One call frame of a verifier state ({@code struct bpf_func_state}, Linux 6.18): eleven registers and the stack,
 * byte by byte. Mutable inside the checker; {@link #copy()} is deep (registers are immutable values).
 */
final class FuncState {
    static final byte STACK_INVALID = 0;
    static final byte STACK_SPILL = 1;
    static final byte STACK_MISC = 2;
    static final byte STACK_ZERO = 3;
    static final int REG_SIZE = 8;
    static final int MAX_BPF_STACK = 512;
    static final int SLOTS = MAX_BPF_STACK / REG_SIZE;

    final RegState[] regs = new RegState[11];
    /** slotType[spi][j]: byte j of slot spi (fp - 8*(spi+1) + (7 - j)), the kernel's layout. */
    final byte[][] slotType = new byte[SLOTS][REG_SIZE];
    final RegState[] spilled = new RegState[SLOTS];
    int allocatedStack;
    final int frameno;
    final int callsite;
    final int subprog;
    /**
     * A callback's frame ({@code in_callback_fn}): its exit returns to the calling helper, with R0 in
     * [{@code callbackRetMin}, {@code callbackRetMax}] ({@code callback_ret_range}).
     */
    boolean inCallbackFn;
    int callbackRetMin;
    int callbackRetMax;
    /** How often the callbacks of this frame's current helper call were queued ({@code callback_depth}). */
    int callbackDepth;

    FuncState(int frameno, int callsite, int subprog) {
        this.frameno = frameno;
        this.callsite = callsite;
        this.subprog = subprog;
        Arrays.fill(regs, RegState.NOT_INIT);
        Arrays.fill(spilled, RegState.NOT_INIT);
    }

    FuncState copy() {
        FuncState f = new FuncState(frameno, callsite, subprog);
        System.arraycopy(regs, 0, f.regs, 0, regs.length);
        for (int i = 0; i < SLOTS; i++) {
            System.arraycopy(slotType[i], 0, f.slotType[i], 0, REG_SIZE);
        }
        System.arraycopy(spilled, 0, f.spilled, 0, SLOTS);
        f.allocatedStack = allocatedStack;
        f.inCallbackFn = inCallbackFn;
        f.callbackRetMin = callbackRetMin;
        f.callbackRetMax = callbackRetMax;
        f.callbackDepth = callbackDepth;
        return f;
    }

    /** {@code is_spilled_reg}: the slot's last byte is a spill. */
    boolean isSpilledReg(int spi) {
        return slotType[spi][REG_SIZE - 1] == STACK_SPILL;
    }

    /** {@code is_spilled_scalar_reg}. */
    boolean isSpilledScalarReg(int spi) {
        return isSpilledReg(spi) && spilled[spi] instanceof RegState.Scalar;
    }

    /** {@code grow_stack_state}: allocate up to {@code size} bytes (rounded to slots). */
    void growStack(int size) {
        int n = (size + REG_SIZE - 1) / REG_SIZE * REG_SIZE;
        if (n > allocatedStack) {
            allocatedStack = n;
        }
    }
}
