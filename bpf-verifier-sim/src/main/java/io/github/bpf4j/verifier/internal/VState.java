package io.github.bpf4j.verifier.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A whole verifier state ({@code struct bpf_verifier_state}, Linux 6.18): the call frames, acquired references,
 * the link to the checkpoint it continues ({@code parent}) with the instructions executed since
 * ({@code history}), and the count of live descendants ({@code branches}).
 */
final class VState {
    static final int MAX_CALL_FRAMES = 8;

    /** An acquired reference: its id and the instruction that acquired it. */
    record Ref(int id, int insnIdx) {}

    /**
     * One executed instruction of a state's history; {@code stackFrame >= 0} when it spilled or filled the stack
     * slot {@code stackSpi} of that frame (the kernel's {@code INSN_F_STACK_ACCESS}).
     */
    record Hist(int idx, int stackFrame, int stackSpi) {}

    /**
     * A state's history ({@code jmp_history} with every instruction in it), packed one long per instruction: a
     * straight-line walk appends thousands of entries without a checkpoint, and a record each was most of its
     * allocation. Bits 32-63 hold the index, 16-31 the stack frame + 1 (0: no stack access), 0-15 the slot.
     */
    static final class History {
        private long[] entries;
        private int size;

        History() {
            this(16);
        }

        History(int capacity) {
            entries = new long[Math.max(capacity, 16)];
        }

        private History(long[] entries, int size) {
            this.entries = entries;
            this.size = size;
        }

        int size() {
            return size;
        }

        void add(int idx) {
            if (size == entries.length) {
                entries = Arrays.copyOf(entries, size * 2);
            }
            entries[size++] = (long) idx << 32;
        }

        int idx(int k) {
            return (int) (entries[k] >>> 32);
        }

        Hist get(int k) {
            long e = entries[k];
            return new Hist((int) (e >>> 32), (int) ((e >>> 16) & 0xffff) - 1, (int) (e & 0xffff));
        }

        /** Marks the last entry as a spill or fill of slot {@code spi} of frame {@code frameno}. */
        void setLastStack(int frameno, int spi) {
            if (size > 0) {
                long e = entries[size - 1];
                entries[size - 1] = (e & ~0xffffffffL) | ((long) (frameno + 1) << 16) | (spi & 0xffff);
            }
        }

        History copy() {
            return new History(Arrays.copyOf(entries, Math.max(size, 16)), size);
        }
    }

    final FuncState[] frame = new FuncState[MAX_CALL_FRAMES];
    int curframe;
    List<Ref> refs = new ArrayList<>();
    VState parent;
    int branches = 1;
    int insnIdx;
    int firstInsnIdx;
    int lastInsnIdx;
    History history = new History();
    /** For explored states: pruning statistics are not modelled; only the loop check needs the callsites. */
    boolean explored;
    /** Nesting of {@code may_goto} iterations on this path. */
    int mayGotoDepth;
    /** Callback bodies queued on this path ({@code callback_unroll_depth}). */
    int callbackUnrollDepth;
    /** Explored states: prunings this state made and checks it failed ({@code hit_cnt}, {@code miss_cnt}). */
    int hitCnt;
    int missCnt;

    VState copy() {
        VState s = new VState();
        for (int i = 0; i <= curframe; i++) {
            s.frame[i] = frame[i].copy();
        }
        s.curframe = curframe;
        s.refs = new ArrayList<>(refs);
        s.parent = parent;
        s.branches = branches;
        s.insnIdx = insnIdx;
        s.firstInsnIdx = firstInsnIdx;
        s.lastInsnIdx = lastInsnIdx;
        s.history = history.copy();
        s.mayGotoDepth = mayGotoDepth;
        s.callbackUnrollDepth = callbackUnrollDepth;
        return s;
    }

    FuncState cur() {
        return frame[curframe];
    }

    RegState[] regs() {
        return frame[curframe].regs;
    }
}
