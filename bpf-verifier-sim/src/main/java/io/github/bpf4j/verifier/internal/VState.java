package io.github.bpf4j.verifier.internal;

import java.util.ArrayList;
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

    final FuncState[] frame = new FuncState[MAX_CALL_FRAMES];
    int curframe;
    List<Ref> refs = new ArrayList<>();
    VState parent;
    int branches = 1;
    int insnIdx;
    int firstInsnIdx;
    int lastInsnIdx;
    List<Hist> history = new ArrayList<>();
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
        s.history = new ArrayList<>(history);
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
