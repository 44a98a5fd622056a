package io.github.bpf4j.verifier.internal;

import io.github.bpf4j.verifier.MapDef;
import io.github.bpf4j.verifier.MapType;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The checks the kernel runs before simulating (Linux 6.18, kernel/bpf/verifier.c): {@code add_subprog_and_kfunc},
 * {@code check_subprogs}, {@code resolve_pseudo_ldimm64}, {@code check_cfg} with its prune points, and
 * {@code compute_live_registers}. Each check returns an error message or {@code null}.
 */
final class Cfg {
    private final Slots p;
    final List<Integer> subprogStarts = new ArrayList<>();
    final boolean[] prunePoint;
    final boolean[] jmpPoint;
    final boolean[] forceCheckpoint;
    final int[] liveBefore;
    /** The {@code --map} index of each ld_imm64 that refers to a map, per slot; -1 elsewhere. */
    final int[] mapIndex;

    Cfg(Slots p) {
        this.p = p;
        prunePoint = new boolean[p.len];
        jmpPoint = new boolean[p.len];
        forceCheckpoint = new boolean[p.len];
        liveBefore = new int[p.len];
        mapIndex = new int[p.len];
        java.util.Arrays.fill(mapIndex, -1);
    }

    /** {@code add_subprog_and_kfunc}. */
    String addSubprogs() {
        TreeSet<Integer> starts = new TreeSet<>();
        starts.add(0);
        for (int i = 0; i < p.len; i++) {
            if (p.isPseudoCall(i) || p.isPseudoFunc(i)) {
                long off = (long) i + p.imm[i] + 1;
                if (off >= p.len || off < 0) {
                    return "call to invalid destination";
                }
                starts.add((int) off);
            }
        }
        subprogStarts.addAll(starts);
        return null;
    }

    /** The index of the subprogram starting at {@code insn}, or -1 ({@code find_subprog}). */
    int findSubprog(int insn) {
        return subprogStarts.indexOf(insn);
    }

    /** The subprogram containing {@code insn}. */
    int subprogOf(int insn) {
        int s = 0;
        for (int i = 0; i < subprogStarts.size(); i++) {
            if (subprogStarts.get(i) <= insn) {
                s = i;
            }
        }
        return s;
    }

    /** {@code check_subprogs}: jumps stay inside their subprogram, which ends in exit or a jump. */
    String checkSubprogs() {
        int cur = 0;
        int start = subprogStarts.get(0);
        int end = subprogStarts.size() > 1 ? subprogStarts.get(1) : p.len;
        for (int i = 0; i < p.len; i++) {
            int code = p.code[i];
            int cls = code & 7;
            if (cls == 5 || cls == 6) {
                int op = code & 0xf0;
                if (op != 0x90 && op != 0x80) {
                    long off = code == 0x06 ? (long) i + p.imm[i] + 1 : (long) i + p.off[i] + 1;
                    if (off < start || off >= end) {
                        return "jump out of range from insn " + i + " to " + off;
                    }
                }
            }
            if (i == end - 1) {
                if (code != 0x95 && code != 0x06 && code != 0x05) {
                    return "last insn is not an exit or jmp";
                }
                start = end;
                cur++;
                end = cur + 1 < subprogStarts.size() ? subprogStarts.get(cur + 1) : p.len;
            }
        }
        return null;
    }

    /** {@code bpf_opcode_in_insntable} (kernel/bpf/core.c): the opcodes the kernel knows. */
    static boolean opcodeInInsnTable(int code) {
        int cls = code & 7;
        int op = code & 0xf0;
        boolean x = (code & 0x08) != 0;
        switch (cls) {
            case 4, 7 -> {
                if (op == 0x80) {
                    return !x;
                }
                if (op == 0xd0) {
                    return code == 0xd4 || code == 0xdc || code == 0xd7;
                }
                return op <= 0xc0;
            }
            case 5 -> {
                if (op == 0x00) {
                    return !x;
                }
                if (op == 0x80 || op == 0x90 || op == 0xe0) {
                    return !x;
                }
                return op != 0xf0;
            }
            case 6 -> {
                if (op == 0x00) {
                    return !x;
                }
                return op != 0x80 && op != 0x90 && op != 0xe0 && op != 0xf0;
            }
            case 0 -> {
                return code == 0x18 || code == 0x20 || code == 0x28 || code == 0x30 || code == 0x40 || code == 0x48
                        || code == 0x50;
            }
            case 1 -> {
                return code == 0x61 || code == 0x69 || code == 0x71 || code == 0x79 || code == 0x81
                        || code == 0x89 || code == 0x91;
            }
            case 2 -> {
                return code == 0x62 || code == 0x6a || code == 0x72 || code == 0x7a;
            }
            default -> {
                return code == 0x63 || code == 0x6b || code == 0x73 || code == 0x7b || code == 0xc3
                        || code == 0xdb || code == 0xd3 || code == 0xcb;
            }
        }
    }

    /**
     * Per opcode, what {@link #resolvePseudoLdimm64} must look at: 0 for an opcode of the table that needs nothing
     * more, {@link #LDX_MEM} for a load whose immediate must be 0, {@link #SLOW} for everything else (ld_imm64, a
     * load of another mode, an unknown opcode). Most instructions then cost one predictable test.
     */
    private static final byte[] OPCODE_CHECK = new byte[256];
    private static final byte LDX_MEM = 1;
    private static final byte SLOW = 2;

    static {
        for (int code = 0; code < 256; code++) {
            boolean ldx = (code & 7) == 1;
            boolean memMode = (code & 0xe0) == 0x60 || (code & 0xe0) == 0x80;
            OPCODE_CHECK[code] = code == 0x18 || (ldx && !memMode) || !opcodeInInsnTable(code) ? SLOW
                    : ldx ? LDX_MEM : 0;
        }
    }

    /** {@code check_pseudo_btf_id} for the ld_imm64 (source 3) at a slot: the error message, or null (Ksyms). */
    java.util.function.IntFunction<String> pseudoBtfId = i -> null;

    /** {@code resolve_pseudo_ldimm64}: ldx fields, ld_imm64 shape and map references, unknown opcodes. */
    String resolvePseudoLdimm64(List<MapDef> maps) {
        for (int i = 0; i < p.len; i++) {
            int code = p.code[i];
            int check = OPCODE_CHECK[code & 0xff];
            // nothing to check, or a memory load with immediate 0 (the immediate counts only for LDX_MEM)
            if (((check & SLOW) | (p.imm[i] & -(check & LDX_MEM))) == 0) {
                continue;
            }
            if ((code & 7) == 1 && (((code & 0xe0) != 0x60 && (code & 0xe0) != 0x80) || p.imm[i] != 0)) {
                return "BPF_LDX uses reserved fields";
            }
            if (code == 0x18) {
                if (i == p.len - 1 || p.code[i + 1] != 0 || p.dst[i + 1] != 0 || p.src[i + 1] != 0
                        || p.off[i + 1] != 0) {
                    return "invalid bpf_ld_imm64 insn";
                }
                int src = p.src[i];
                if (src == 3) {
                    String e = pseudoBtfId.apply(i);
                    if (e != null) {
                        return e;
                    }
                }
                if (src != 0 && src != 3 && src != 4) {
                    boolean ok = switch (src) {
                        case 2, 6 -> true;
                        case 1, 5 -> p.imm[i + 1] == 0;
                        default -> false;
                    };
                    if (!ok) {
                        return "unrecognized bpf_ld_imm64 insn";
                    }
                    int fd = p.imm[i];
                    if (src == 5 || src == 6 || fd < 0 || fd >= maps.size()) {
                        return "fd " + fd + " is not pointing to valid bpf_map";
                    }
                    MapDef m = maps.get(fd);
                    if (src == 2 || src == 6) {
                        long off = p.imm[i + 1] & 0xffffffffL;
                        if (off >= (1 << 29)) {
                            return "direct value offset of " + off + " is not allowed";
                        }
                        if (m.type() != MapType.ARRAY) {
                            return "no direct value access support for this map type";
                        }
                        if (m.maxEntries() != 1 || off >= m.valueSize()) {
                            return "invalid access to map value pointer, value_size=" + m.valueSize() + " off=" + off;
                        }
                    }
                    mapIndex[i] = fd;
                }
                i++;
                continue;
            }
            if (!opcodeInInsnTable(code)) {
                return String.format("unknown opcode %02x", code);
            }
        }
        return null;
    }

    private static final byte DISCOVERED = 0x10;
    private static final byte EXPLORED = 0x20;

    /** {@code check_cfg}: depth-first walk; marks prune points; unreachable code and bad targets are errors. */
    String checkCfg() {
        int n = p.len;
        // per instruction: its DFS state, how many of its edges were taken, how many it has; its (at most two)
        // edges are computed once, at discovery, into target[2t], target[2t+1], with branch set for a branch edge
        byte[] state = new byte[n];
        byte[] stage = new byte[n];
        byte[] edgeCount = new byte[n];
        int[] target = new int[2 * n];
        boolean[] branch = new boolean[2 * n];
        int[] stack = new int[n];
        int depth = 0;
        state[0] = DISCOVERED;
        edgeCount[0] = (byte) successors(0, target, branch);
        stack[depth++] = 0;
        while (depth > 0) {
            int t = stack[depth - 1];
            boolean pushed = false;
            while (stage[t] < edgeCount[t]) {
                int e = 2 * t + stage[t]++;
                int w = target[e];
                if (w < 0 || w >= n) {
                    return "jump out of range from insn " + t + " to " + w;
                }
                if (branch[e]) {
                    prunePoint[w] = true;
                    jmpPoint[w] = true;
                }
                if (state[w] == 0) {
                    state[w] = DISCOVERED;
                    edgeCount[w] = (byte) successors(w, target, branch);
                    if (stage[t] == edgeCount[t]) {
                        // t has no edge left and only waits for w: w takes its place, so a straight line is walked
                        // without growing the stack (only state 0 or not is read before the end, so t is done now)
                        state[t] = EXPLORED;
                        stack[depth - 1] = w;
                    } else {
                        stack[depth++] = w;
                    }
                    pushed = true;
                    break;
                }
            }
            if (!pushed) {
                state[t] = EXPLORED;
                depth--;
            }
        }
        for (int i = 0; i < n; i++) {
            if (state[i] != EXPLORED) {
                return "unreachable insn " + i;
            }
            if (p.isLdImm64(i)) {
                if (state[i + 1] != 0) {
                    return "jump into the middle of ldimm64 insn " + i;
                }
                i++;
            }
        }
        return null;
    }

    /**
     * The edges {@code visit_insn} pushes from {@code t}, written at {@code target[2t]}, {@code target[2t+1]}
     * with {@code branch} set for a branch edge; returns their count. Also marks the prune and checkpoint points
     * of calls, jumps and {@code may_goto}.
     */
    private int successors(int t, int[] target, boolean[] branch) {
        int e = 2 * t;
        int code = p.code[t];
        int cls = code & 7;
        if (p.isPseudoFunc(t)) {
            target[e] = t + 2;
            prunePoint[t + 2 < p.len ? t + 2 : t] = true;
            target[e + 1] = t + p.imm[t] + 1;
            branch[e + 1] = true;
            return 2;
        }
        if (cls != 5 && cls != 6) {
            target[e] = t + (code == 0x18 ? 2 : 1);
            return 1;
        }
        int op = code & 0xf0;
        switch (op) {
            case 0x90 -> {
                return 0;
            }
            case 0x80 -> {
                target[e] = t + 1;
                if (t + 1 < p.len) {
                    prunePoint[t + 1] = true;
                    jmpPoint[t + 1] = true;
                }
                int count = 1;
                if (p.src[t] == 1) {
                    prunePoint[t] = true;
                    target[e + 1] = t + p.imm[t] + 1;
                    branch[e + 1] = true;
                    count = 2;
                }
                if (p.src[t] == 0 && Callbacks.isSyncCallbackCalling(p.imm[t])) {
                    forceCheckpoint[t] = true;
                    prunePoint[t] = true;
                    jmpPoint[t] = true;
                }
                return count;
            }
            case 0x00 -> {
                int w = code == 0x06 ? t + p.imm[t] + 1 : t + p.off[t] + 1;
                target[e] = w;
                if (w >= 0 && w < p.len) {
                    prunePoint[w] = true;
                    jmpPoint[w] = true;
                }
                return 1;
            }
            default -> {
                prunePoint[t] = true;
                if (code == 0xe5) {
                    forceCheckpoint[t] = true;
                }
                target[e] = t + 1;
                target[e + 1] = t + p.off[t] + 1;
                branch[e + 1] = true;
                return 2;
            }
        }
    }

    private static final int CALLER_SAVED = 0x3f;

    /** {@code compute_live_registers}: registers that may be read before written, per instruction. */
    /**
     * Per opcode, the registers an instruction reads and writes as a function of its dst and src bits (see
     * {@link #apply}), high half the use, low half the def; {@link #SHAPE_SLOW} where the immediate or the
     * helper's parameters matter (atomics, calls). One table look-up instead of a switch that a mixed program
     * mispredicts at every instruction.
     */
    private static final long[] USE_DEF_SHAPE = new long[256];
    private static final long SHAPE_SLOW = -1L;
    /** Bits of a shape: the dst bit, the src bit, and the registers (0-15) always included. */
    private static final int SHAPE_DST = 1 << 16;
    private static final int SHAPE_SRC = 1 << 17;

    static {
        for (int code = 0; code < 256; code++) {
            int cls = code & 7;
            boolean slow = (cls == 3 && (code & 0xe0) == 0xc0) || ((cls == 5 || cls == 6) && (code & 0xf0) == 0x80);
            // dst and src as marker bits above the registers: the use and def come out as shapes
            USE_DEF_SHAPE[code] = slow ? SHAPE_SLOW : useDef(code, SHAPE_DST, SHAPE_SRC, 0, 0, -1);
        }
    }

    /** {@link #useDef}, from the table where the opcode alone decides. */
    static long useDefOf(int code, int dst, int src, int srcReg, int imm, int np) {
        long shape = USE_DEF_SHAPE[code];
        if (shape == SHAPE_SLOW) {
            return useDef(code, dst, src, srcReg, imm, np);
        }
        return ((long) apply((int) (shape >>> 32), dst, src) << 32) | (apply((int) shape, dst, src) & 0xffffffffL);
    }

    /** A use or def shape for an instruction whose dst and src register bits are {@code dst}, {@code src}. */
    private static int apply(int shape, int dst, int src) {
        return (shape & 0xffff) | (dst & -((shape >>> 16) & 1)) | (src & -((shape >>> 17) & 1));
    }

    /**
     * The registers one instruction reads (high half) and writes (low half) in compute_live_registers, given its
     * dst and src register bits, its src field, its immediate and, for a helper call, its parameter count
     * ({@code np}, -1 when unknown).
     */
    static long useDef(int code, int dst, int src, int srcReg, int imm, int np) {
        int cls = code & 7;
        int mode = code & 0xe0;
        int u = CALLER_SAVED;
        int d = CALLER_SAVED;
        switch (cls) {
            case 0 -> {
                if (code == 0x18) {
                    d = dst;
                    u = 0;
                } else {
                    u = 0xffff;
                }
            }
            case 1 -> {
                d = dst;
                u = src;
            }
            case 2 -> {
                d = 0;
                u = dst;
            }
            case 3 -> {
                if (mode == 0xc0) {
                    if (imm == 0xf1) {
                        u = 1 | dst | src;
                        d = 1;
                    } else if (imm == 0x100) {
                        d = dst;
                        u = src;
                    } else if (imm == 0x110) {
                        d = 0;
                        u = dst | src;
                    } else {
                        u = dst | src;
                        d = (imm & 1) != 0 ? src : 0;
                    }
                } else {
                    d = 0;
                    u = dst | src;
                }
            }
            case 4, 7 -> {
                int op = code & 0xf0;
                d = dst;
                if (op == 0xd0) {
                    u = dst;
                } else if (op == 0xb0) {
                    u = (code & 8) == 0 ? 0 : src;
                } else {
                    u = (code & 8) == 0 ? dst : dst | src;
                }
            }
            default -> {
                int op = code & 0xf0;
                if (op == 0x00 || op == 0xe0) {
                    d = 0;
                    u = 0;
                } else if (op == 0x90) {
                    d = 0;
                    u = 1;
                } else if (op == 0x80) {
                    d = CALLER_SAVED;
                    u = CALLER_SAVED & ~1;
                    if (srcReg == 0 && np >= 0) {
                        u = ((1 << (np + 1)) - 1) & ~1;
                    }
                } else {
                    d = 0;
                    u = (code & 8) == 0 ? dst : dst | src;
                }
            }
        }
        return ((long) u << 32) | (d & 0xffffffffL);
    }

    void computeLiveRegisters(int[] helperParams) {
        int n = p.len;
        int[] use = new int[n];
        int[] def = new int[n];
        for (int i = 0; i < n; i++) {
            int code = p.code[i] & 0xff;
            int dst = 1 << (p.dst[i] & 15);
            int src = 1 << (p.src[i] & 15);
            int np = p.src[i] == 0 && helperParams != null ? helperParams[i] : -1;
            long ud = useDefOf(code, dst, src, p.src[i], p.imm[i], np);
            use[i] = (int) (ud >>> 32);
            def[i] = (int) ud;
        }
        boolean changed = true;
        int[] out = new int[n];
        // Without a backward edge a pass from the end sees every successor final already: the second pass, which
        // only confirms the fixed point, is skipped.
        boolean again = hasBackEdge();
        while (changed) {
            changed = false;
            for (int i = n - 1; i >= 0; i--) {
                if (i > 0 && p.isLdImm64(i - 1)) {
                    continue;
                }
                int o = liveOut(i, n);
                int in = (o & ~def[i]) | use[i];
                if (o != out[i] || in != liveBefore[i]) {
                    out[i] = o;
                    liveBefore[i] = in;
                    changed = true;
                }
            }
            changed &= again;
        }
    }

    /** Whether some jump of {@link #liveOut} leads to itself or an earlier instruction. */
    private boolean hasBackEdge() {
        for (int t = 0; t < p.len; t++) {
            int code = p.code[t];
            int cls = code & 7;
            if ((cls == 5 || cls == 6) && (code & 0xf0) != 0x80 && (code & 0xf0) != 0x90
                    && (code == 0x06 ? p.imm[t] : p.off[t]) < 0) {
                return true;
            }
        }
        return false;
    }

    /** The registers live after {@code t}: the union over its successors in compute_live_registers. */
    private int liveOut(int t, int n) {
        int code = p.code[t];
        int cls = code & 7;
        if (cls != 5 && cls != 6) {
            return liveAt(t + (code == 0x18 ? 2 : 1), n);
        }
        return switch (code & 0xf0) {
            case 0x90 -> 0;
            case 0x80 -> liveAt(t + 1, n);
            case 0x00 -> liveAt(code == 0x06 ? t + p.imm[t] + 1 : t + p.off[t] + 1, n);
            default -> liveAt(t + 1, n) | liveAt(t + p.off[t] + 1, n);
        };
    }

    private int liveAt(int s, int n) {
        return s >= 0 && s < n ? liveBefore[s] : 0;
    }
}
