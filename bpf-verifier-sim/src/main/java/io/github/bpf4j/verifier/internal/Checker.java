package io.github.bpf4j.verifier.internal;

import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.JmpOp;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.text.DisassemblerCallbacks;
import io.github.bpf4j.asm.text.KernelStyle;
import io.github.bpf4j.verifier.KernelProfile;
import io.github.bpf4j.verifier.MapDef;
import io.github.bpf4j.verifier.MapType;
import io.github.bpf4j.verifier.ProgType;
import io.github.bpf4j.verifier.internal.protos.TypeFlag;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulation of {@code bpf_check} for one program (kernel/bpf/verifier.c, Linux 6.18, privileged loader):
 * the pre-simulation checks, then {@code do_check} over a stack of branch states with state pruning, writing the
 * log at level 1. Each ported method names its kernel function.
 *
 * <p>Not thread-safe; one instance per verification.
 */
public final class Checker {

    /** The outcome: accepted, or the errno symbol of the rejection; and the log. */
    public record Result(String errno, String log, int processed) {}

    /** A verifier error: its message is already in the log. */
    private static final class Reject extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String errno;

        Reject(String errno) {
            super(errno, null, false, false);
            this.errno = errno;
        }
    }

    private static final int COMPLEXITY_LIMIT_INSNS = 1_000_000;
    private static final int COMPLEXITY_LIMIT_JMP_SEQ = 8192;
    private static final int MAX_VAR_OFF = 1 << 29;
    private static final int MAX_PACKET_OFF = 0xffff;
    private static final int BEYOND_PKT_END = -2;
    private static final int AT_PKT_END = -1;
    private static final String[] ALU_STRING = {"+=", "-=", "*=", "/=", "|=", "&=", "<<=", ">>=", "neg", "%=",
                                                "^=", "=", "s>>=", "endian", "?", "?"};

    private final Slots p;
    private final Cfg cfg;
    private final ProgType type;
    private final String attach;
    private final List<MapDef> maps;
    /** The inner map templates of maps of maps, numbered after the program's maps. */
    private final MapInMap mapInMap;
    private final KernelStyle printer;
    private final StringBuilder log = new StringBuilder();

    private VState cur;
    private int insnIdx;
    private int prevInsnIdx;
    private final Deque<Elem> stack = new ArrayDeque<>();
    private final Map<Integer, List<VState>> explored = new HashMap<>();
    private int processed;
    private int jmpsProcessed;
    private int prevJmpsProcessed;
    private int prevInsnProcessed;
    private int totalStates;
    private int peakStates;
    private int maxStatesPerInsn;
    private int idGen;
    private int regScratched;
    private long stackScratched;
    private int prevLogPos;
    private int prevInsnPrintPos;
    private final int[] stackDepth;
    /** Stack slots each instruction was seen to read / to overwrite whole (the 6.18 stack liveness input). */
    private final long[] stackRead;
    private final long[] stackWrite;
    private long[] stackLiveIn;
    private boolean stackMarksDirty = true;
    private boolean stackLivenessOff;

    private record Elem(VState st, int insn, int prev, int logPos) {}

    private final int possibleCpus;

    public Checker(List<Insn> insns, ProgType type, String attach, List<MapDef> maps, int possibleCpus) {
        this.possibleCpus = possibleCpus;
        this.p = new Slots(insns);
        this.cfg = new Cfg(p);
        this.type = type;
        this.attach = attach;
        this.mapInMap = MapInMap.of(maps);
        this.maps = mapInMap.maps();
        this.printer = KernelStyle.of(new DisassemblerCallbacks() {
            @Override
            public String mapRef(LoadImm64 insn) {
                return "0xffff000000000000";
            }

            // The kernel's log prints a callback's address load as the plain constant (print_bpf_insn's cb_imm).
            @Override
            public String funcRef(LoadImm64 insn) {
                return "0x" + Long.toHexString(insn.value());
            }

            // check_pseudo_btf_id put the symbol's address in the instruction before the log prints it
            @Override
            public String btfIdRef(LoadImm64 insn) {
                return "0xffff000000000000";
            }
        });
        this.stackDepth = new int[p.len + 1];
        this.stackRead = new long[p.len];
        this.stackWrite = new long[p.len];
    }

    /**
     * Whether to skip the log: a quiet run gives the same verdict and processed count, and for an accepted program
     * the same level-1 log (do_check_common drops the walk), without formatting a line per instruction.
     */
    private boolean quiet;

    /** The kernel's BTF, or null; and the {@code tp_btf} target's prototype in it (-1: none). */
    private BtfWalk btf;
    private String attachBtf;

    /**
     * Gives this run the kernel's BTF ({@code null} when unknown) and the program's attach target in it
     * ({@code attach_btf_id} by name, {@code null} for none).
     */
    public Checker kernelBtf(io.github.bpf4j.btf.Btf kernelBtf, String attachBtfName) {
        this.btf = kernelBtf == null ? null : new BtfWalk(kernelBtf);
        this.attachBtf = attachBtfName;
        return this;
    }

    /** What the kernel's kallsyms resolves; kernel symbols loaded by BTF id, resolved before the walk. */
    private KernelProfile.Kallsyms kallsyms = KernelProfile.Kallsyms.textOnly();
    private Ksyms ksyms;
    private String ksymErrno;

    /** Gives this run what the kernel's kallsyms resolves ({@link KernelProfile#kallsyms()}). */
    public Checker kallsyms(KernelProfile.Kallsyms symbols) {
        this.kallsyms = symbols;
        return this;
    }

    private int tpProto = -1;

    /**
     * The kernel's BTF; without it (a profile that lacks it) what needs it is not simulated, and the program is
     * refused with a message saying so (never a kernel message).
     */
    private BtfWalk btfFor(String what) {
        if (btf == null) {
            throw reject("EINVAL", what + " is not simulated without the kernel's BTF (KernelProfile.withBtf)");
        }
        return btf;
    }

    /** The id of the struct {@code name} in the kernel's BTF. */
    private int structId(String what, String name) {
        var id = btfFor(what).btf().find(name, io.github.bpf4j.btf.BtfKind.STRUCT);
        if (id.isEmpty()) {
            throw reject("EINVAL", what + " is not simulated: the kernel's BTF has no struct " + name);
        }
        return id.getAsInt();
    }

    /**
     * {@code check_attach_btf_id} for the one tracing flavour simulated, {@code tp_btf}: the target must be given
     * and must be a raw tracepoint of the kernel's BTF.
     */
    private void checkAttachBtfId() {
        if (type != ProgType.TRACING) {
            return;
        }
        if (attachBtf == null) {
            verbose("Tracing programs must provide btf_id\n");
            throw new Reject("EINVAL");
        }
        if (!"trace_raw_tp".equals(attach)) {
            throw reject("EINVAL", "tracing programs other than tp_btf (expected attach type trace_raw_tp) are not "
                    + "simulated");
        }
        tpProto = btfFor("a tp_btf program").tracepointProto(attachBtf);
        if (tpProto < 0) {
            throw reject("EINVAL", "attach target " + attachBtf + " is not a raw tracepoint of the kernel's BTF "
                    + "(no typedef btf_trace_" + attachBtf + " to a function prototype)");
        }
    }

    /** The program's source lines, printed before its instructions as {@code verbose_linfo} prints them. */
    private LineInfos linfo = new LineInfos(List.of(), 0);
    /** Whether the load carries {@code func_info} (BTF for its subprograms). */
    private boolean hasFuncInfo;

    /** The program's {@code line_info} and {@code func_info}. */
    public Checker extInfo(List<io.github.bpf4j.verifier.ProgramInput.LineInfo> lineInfo, boolean funcInfo) {
        linfo = new LineInfos(lineInfo, p.len);
        hasFuncInfo = funcInfo;
        return this;
    }

    /** The subprograms' BTF (func_info with the program's BTF), or null: global functions and callbacks. */
    private GlobalFuncs funcs;

    /**
     * The program's func_info records with the program's own BTF they refer to ({@code null} when unknown: the
     * subprograms are then all treated as static).
     */
    public Checker funcInfo(List<io.github.bpf4j.verifier.ProgramInput.FuncInfo> funcInfo,
                            io.github.bpf4j.btf.Btf programBtf) {
        funcs = GlobalFuncs.of(programBtf, type, funcInfo);
        return this;
    }

    /** Makes this run quiet (see {@link #quiet}); the verifier reruns a quiet rejection with the log. */
    public Checker quiet() {
        quiet = true;
        return this;
    }

    private void verbose(String s) {
        if (!quiet) {
            log.append(s);
        }
    }

    /** {@code print_verifier_state} of a whole frame, formatted only when the log is kept. */
    private void verboseState(VState st, int frameno) {
        if (!quiet) {
            verbose(LogFmt.state(st, frameno, true, 0, 0, maps));
        }
    }

    private Reject reject(String errno, String message) {
        verbose(message + "\n");
        return new Reject(errno);
    }

    /** {@code bpf_check}: everything, returning the verdict and the log. */
    public Result run() {
        String errno = null;
        try {
            if (p.len == 0) {
                return new Result("EINVAL", "", 0);
            }
            precheck(cfg.addSubprogs());
            precheck(cfg.checkSubprogs());
            if (funcs != null) {
                precheck(funcs.checkLayout(cfg.subprogStarts));
            }
            checkAttachBtfId();
            Ksyms ks = new Ksyms(btf == null ? null : btf.btf(), kallsyms);
            ksyms = ks;
            cfg.pseudoBtfId = i -> {
                Ksyms.Failure f = ks.resolve(i, p.imm[i], p.imm[i + 1]);
                ksymErrno = f == null ? null : f.errno();
                return f == null ? null : f.message();
            };
            String r = cfg.resolvePseudoLdimm64(mapInMap.programMaps());
            if (r != null) {
                verbose(r + "\n");
                throw new Reject(ksymErrno != null ? ksymErrno : r.startsWith("fd ") ? "EBADF"
                        : r.startsWith("invalid access to map value pointer") ? "ENOTSUPP" : "EINVAL");
            }
            precheck(cfg.checkCfg());
            int[] params = new int[p.len];
            for (int i = 0; i < p.len; i++) {
                Helpers.Proto pr = p.code[i] == 0x85 && p.src[i] == 0 ? DerivedHelpers.proto(p.imm[i], type) : null;
                params[i] = pr == null ? -1 : pr.numParams();
            }
            cfg.computeLiveRegisters(params);
            doCheckCommon(0);
            // do_check_common: at level 1 the log of a fully explored program is dropped
            log.setLength(0);
            doCheckSubprogs();
            quiet = false;
            checkMaxStackDepth();
        } catch (Reject e) {
            errno = e.errno;
        }
        // concatenated, not String.format: this line ends every verification, and formatting it cost as much as
        // simulating a short program
        verbose("processed " + processed + " insns (limit " + COMPLEXITY_LIMIT_INSNS + ") max_states_per_insn "
                + maxStatesPerInsn + " total_states " + totalStates + " peak_states " + peakStates + " mark_read 0\n");
        return new Result(errno, log.toString(), processed);
    }

    private void precheck(String message) {
        if (message != null) {
            verbose(message + "\n");
            throw new Reject("EINVAL");
        }
    }

    // --- do_check ---------------------------------------------------------------------------------------------

    /**
     * {@code do_check_common}: the entry state of the main program (R1 the context) or of a global function (its
     * arguments typed by its BTF prototype), then {@code do_check}; the explored states of an earlier pass are
     * dropped ({@code free_states}) while the statistics add up.
     */
    private void doCheckCommon(int subprog) {
        explored.clear();
        bucketSize.clear();
        cur = new VState();
        // until its first checkpoint a path's history holds every instruction: a straight line, all of them
        cur.history = new VState.History(Math.min(p.len, 1 << 16));
        FuncState f = new FuncState(0, -1, subprog);
        f.regs[10] = RegState.Pointer.of(RegType.PTR_TO_STACK);
        if (subprog == 0) {
            // the main program's BTF only decides whether static calls may trust their prototypes
            if (funcs != null) {
                GlobalFuncs.Prepared pr = prepareFuncArgs(0);
                if (!pr.ok() || pr.args().size() != 1 || pr.args().get(0).kind() != GlobalFuncs.ArgKind.CTX) {
                    funcs.markUnreliable(0);
                }
            }
            f.regs[1] = RegState.Pointer.of(RegType.PTR_TO_CTX);
        } else {
            verbose("Validating " + funcs.name(subprog) + "() func#" + subprog + "...\n");
            GlobalFuncs.Prepared pr = prepareFuncArgs(subprog);
            if (!pr.ok()) {
                throw new Reject(pr.errno());
            }
            for (int a = 0; a < pr.args().size(); a++) {
                GlobalFuncs.Arg arg = pr.args().get(a);
                f.regs[a + 1] = switch (arg.kind()) {
                    case CTX -> RegState.Pointer.of(RegType.PTR_TO_CTX);
                    case ANYTHING -> RegState.Scalar.unknown();
                    case MEM -> arg.nullable()
                            ? RegState.Pointer.of(RegType.PTR_TO_MEM).withMem((int) arg.memSize(), false)
                                    .withMaybeNull(true).withId(++idGen)
                            : RegState.Pointer.of(RegType.PTR_TO_MEM).withMem((int) arg.memSize(), false);
                };
            }
        }
        cur.frame[0] = f;
        cur.curframe = 0;
        cur.firstInsnIdx = cfg.subprogStarts.get(subprog);
        linfo.reset();
        doCheck();
    }

    /**
     * {@code do_check_subprogs}: each global function some verified code called, verified once on its own; at level
     * 1 each success replaces the log with its verdict line.
     */
    private void doCheckSubprogs() {
        if (funcs == null) {
            return;
        }
        boolean again = true;
        while (again) {
            again = false;
            for (int i = 1; i < cfg.subprogStarts.size(); i++) {
                if (!funcs.isGlobal(i) || !funcs.called[i] || funcs.verified[i]) {
                    continue;
                }
                doCheckCommon(i);
                log.setLength(0);
                log.append("Func#").append(i).append(" ('").append(funcs.name(i))
                        .append("') is safe for any args that match its prototype\n");
                funcs.verified[i] = true;
                again = true;
            }
        }
    }

    /** {@code btf_prepare_func_args}, logging a global function's refusal. */
    private GlobalFuncs.Prepared prepareFuncArgs(int subprog) {
        GlobalFuncs.Prepared pr = funcs.prepare(subprog);
        if (pr.error() != null) {
            verbose(pr.error() + "\n");
        }
        return pr;
    }

    private static final int PROCESS_BPF_EXIT = 1;

    /** {@code do_check}. */
    private void doCheck() {
        insnIdx = cur.firstInsnIdx;
        prevInsnIdx = -1;
        boolean doPrintState = false;
        regScratched = 0x7ff;
        stackScratched = -1L;
        for (;;) {
            if (insnIdx < 0 || insnIdx >= p.len) {
                throw reject("EFAULT", "invalid insn idx " + insnIdx + " insn_cnt " + p.len);
            }
            if (++processed > COMPLEXITY_LIMIT_INSNS) {
                throw reject("E2BIG", "BPF program is too large. Processed " + processed + " insn");
            }
            cur.lastInsnIdx = prevInsnIdx;
            cur.insnIdx = insnIdx;
            boolean exit = false;
            if (cfg.prunePoint[insnIdx]) {
                int r = isStateVisited(insnIdx);
                if (r == 1) {
                    if (doPrintState) {
                        verbose("\nfrom " + prevInsnIdx + " to " + insnIdx + ": safe\n");
                    } else {
                        verbose(insnIdx + ": safe\n");
                    }
                    exit = true;
                }
            }
            if (!exit) {
                if (quiet) {
                    doPrintState = false;
                } else if (doPrintState) {
                    verbose(insnIdx + ":");
                    verboseState(cur, cur.curframe);
                    doPrintState = false;
                    regScratched = 0;
                    stackScratched = 0;
                }
                if (!quiet && (regScratched != 0 || stackScratched != 0)) {
                    printInsnState();
                }
                if (!quiet) {
                    verbose(linfo.before(insnIdx, "; "));
                }
                prevLogPos = log.length();
                if (!quiet) {
                    verbose(insnIdx + ": " + insnText(insnIdx) + "\n");
                }
                prevInsnPrintPos = log.length() - prevLogPos;
                prevLogPos = log.length();
                cur.history.add(insnIdx);
                int before = cur.curframe;
                int r = doCheckInsn();
                if (r == PROCESS_BPF_EXIT) {
                    exit = true;
                }
                if (cur.curframe > before && r != PROCESS_BPF_EXIT) {
                    doPrintState = true;
                }
            }
            if (exit) {
                regScratched = 0x7ff;
                stackScratched = -1L;
                updateBranchCounts(cur);
                if (stack.isEmpty()) {
                    break;
                }
                Elem e = stack.pop();
                cur = e.st;
                insnIdx = e.insn;
                prevInsnIdx = e.prev;
                log.setLength(Math.min(e.logPos, log.length()));
                doPrintState = true;
            }
        }
    }

    private String insnText(int i) {
        if (p.insn[i] instanceof io.github.bpf4j.asm.Raw raw) {
            String t = RawPrint.format(raw, Helpers.name(raw.imm()));
            if (t != null) {
                return String.format("(%02x) ", raw.code()) + t;
            }
        }
        return printer.format(p.insn[i], i);
    }

    /** {@code print_insn_state}: append the scratched state to the last instruction line, or on a new line. */
    private void printInsnState() {
        if (prevLogPos > 0 && prevLogPos == log.length()) {
            log.setLength(prevLogPos - 1);
            int pos = prevInsnPrintPos;
            int align = Math.max(pos + 4, 40);
            align = (align + 7) / 8 * 8 - pos - 1;
            verbose(" ".repeat(Math.max(align, 1)) + ";");
        } else {
            verbose(insnIdx + ":");
        }
        verbose(LogFmt.state(cur, cur.curframe, false, regScratched, stackScratched, maps));
        regScratched = 0;
        stackScratched = 0;
    }

    private void markRegScratched(int r) {
        regScratched |= 1 << r;
    }

    /** {@code update_branch_counts}. */
    private static void updateBranchCounts(VState st) {
        while (st != null) {
            int br = --st.branches;
            if (br != 0) {
                break;
            }
            st = st.parent;
        }
    }

    /** {@code push_stack}: queue a copy of the current state to continue at {@code insn}. */
    private VState pushStack(int insn, int prev) {
        VState s = cur.copy();
        if (s.parent != null) {
            s.parent.branches++;
        }
        stack.push(new Elem(s, insn, prev, log.length()));
        if (stack.size() > COMPLEXITY_LIMIT_JMP_SEQ) {
            throw reject("E2BIG", "The sequence of " + stack.size() + " jumps is too complex.");
        }
        return s;
    }

    /** {@code do_check_insn}: 0 to continue, {@link #PROCESS_BPF_EXIT} at a path's end, 2 after a frame change. */
    private int doCheckInsn() {
        int i = insnIdx;
        int code = p.code[i];
        int cls = code & 7;
        switch (cls) {
            case 4, 7 -> checkAluOp(i);
            case 1 -> checkLoadMem(i);
            case 3 -> {
                if ((code & 0xe0) == 0xc0) {
                    checkAtomic(i);
                    insnIdx++;
                    return 0;
                }
                if ((code & 0xe0) != 0x60 || p.imm[i] != 0) {
                    throw reject("EINVAL", "BPF_STX uses reserved fields");
                }
                checkStoreReg(i);
            }
            case 2 -> {
                if ((code & 0xe0) != 0x60 || p.src[i] != 0) {
                    throw reject("EINVAL", "BPF_ST uses reserved fields");
                }
                checkRegArg(p.dst[i], SRC_OP);
                checkMemAccess(i, p.dst[i], p.off[i], sizeOf(code), true, -1, false, false);
            }
            case 5, 6 -> {
                int op = code & 0xf0;
                jmpsProcessed++;
                if (op == 0x80) {
                    if ((code & 8) != 0 || (p.src[i] != 2 && p.off[i] != 0)
                            || (p.src[i] != 0 && p.src[i] != 1 && p.src[i] != 2) || p.dst[i] != 0 || cls == 6) {
                        throw reject("EINVAL", "BPF_CALL uses reserved fields");
                    }
                    if (p.src[i] == 1) {
                        checkFuncCall(i);
                        return 2;
                    } else if (p.src[i] == 2) {
                        throw reject("EINVAL", "calling kernel function is not supported without BTF");
                    }
                    checkHelperCall(i);
                    markRegScratched(0);
                } else if (op == 0x00) {
                    if ((code & 8) != 0 || p.src[i] != 0 || p.dst[i] != 0 || (cls == 5 && p.imm[i] != 0)
                            || (cls == 6 && p.off[i] != 0)) {
                        throw reject("EINVAL", "BPF_JA uses reserved fields");
                    }
                    insnIdx += (cls == 5 ? p.off[i] : p.imm[i]) + 1;
                    return 0;
                } else if (op == 0x90) {
                    if ((code & 8) != 0 || p.imm[i] != 0 || p.src[i] != 0 || p.dst[i] != 0 || cls == 6) {
                        throw reject("EINVAL", "BPF_EXIT uses reserved fields");
                    }
                    return processBpfExitFull();
                } else {
                    checkCondJmpOp(i);
                    return 0;
                }
            }
            case 0 -> {
                int mode = code & 0xe0;
                if (mode == 0x20 || mode == 0x40) {
                    checkLdAbs(i);
                } else if (mode == 0x00) {
                    checkLdImm(i);
                    insnIdx++;
                } else {
                    throw reject("EINVAL", "invalid BPF_LD mode");
                }
            }
            default -> throw new VerifierBug(i, "unknown class " + cls);
        }
        insnIdx++;
        return 0;
    }

    private static int sizeOf(int code) {
        return switch (code & 0x18) {
            case 0x00 -> 4;
            case 0x08 -> 2;
            case 0x10 -> 1;
            default -> 8;
        };
    }

    // --- registers ---------------------------------------------------------------------------------------------

    private static final int SRC_OP = 0;
    private static final int DST_OP = 1;
    private static final int DST_OP_NO_MARK = 2;

    private RegState[] regs() {
        return cur.regs();
    }

    /** {@code check_reg_arg}. */
    private void checkRegArg(int regno, int t) {
        if (regno >= 11) {
            throw reject("EINVAL", "R" + regno + " is invalid");
        }
        markRegScratched(regno);
        RegState r = regs()[regno];
        if (t == SRC_OP) {
            if (r instanceof RegState.NotInit) {
                throw reject("EACCES", "R" + regno + " !read_ok");
            }
        } else {
            if (regno == 10) {
                throw reject("EACCES", "frame pointer is read only");
            }
            if (t == DST_OP) {
                regs()[regno] = RegState.Scalar.unknown();
            }
        }
    }

    private ScalarBounds scalarOf(RegState r) {
        return ((RegState.Scalar) r).b();
    }

    /** {@code assign_scalar_id_before_mov}: give an unlinked, non-constant scalar a fresh id. */
    private RegState assignScalarIdBeforeMov(RegState src) {
        if (!(src instanceof RegState.Scalar s)) {
            return src;
        }
        if ((s.id() & RegState.ADD_CONST) != 0) {
            s = s.withId(0, 0);
        }
        if (s.id() == 0 && !s.b().isConst()) {
            s = s.withId(++idGen, 0);
        }
        return s;
    }

    // --- ALU ---------------------------------------------------------------------------------------------------

    /** {@code check_alu_op}. */
    private void checkAluOp(int i) {
        // the current frame's registers: an ALU instruction changes their values, never the frame
        RegState[] regs = regs();
        int code = p.code[i];
        boolean alu64 = (code & 7) == 7;
        int op = code & 0xf0;
        boolean x = (code & 8) != 0;
        int dst = p.dst[i];
        int src = p.src[i];
        int off = p.off[i];
        int imm = p.imm[i];
        if (op == 0xd0 || op == 0x80) {
            if (op == 0x80) {
                if (x || src != 0 || off != 0 || imm != 0) {
                    throw reject("EINVAL", "BPF_NEG uses reserved fields");
                }
            } else if (src != 0 || off != 0 || (imm != 16 && imm != 32 && imm != 64) || (alu64 && x)) {
                throw reject("EINVAL", "BPF_END uses reserved fields");
            }
            checkRegArg(dst, SRC_OP);
            if (op == 0x80 && regs[dst] instanceof RegState.Scalar) {
                checkRegArg(dst, DST_OP_NO_MARK);
                RegState.Scalar s = (RegState.Scalar) regs[dst];
                regs[dst] = RegState.Scalar.of(ScalarOps.adjustScalarMinMaxVals(AluOp.NEG, alu64, s.b(), s.b()))
                        .withPrecise(s.precise());
            } else {
                checkRegArg(dst, DST_OP);
            }
            return;
        }
        if (op == 0xb0) {
            if (x) {
                if (!alu64) {
                    if ((off != 0 && off != 8 && off != 16) || imm != 0) {
                        throw reject("EINVAL", "BPF_MOV uses reserved fields");
                    }
                } else if (off == 1) {
                    if (imm != 1 && imm != 1 << 16) {
                        throw reject("EINVAL", "addr_space_cast insn can only convert between address space 1 and 0");
                    }
                    throw reject("EINVAL",
                            "addr_space_cast insn can only be used in a program that has an associated arena");
                } else if ((off != 0 && off != 8 && off != 16 && off != 32) || imm != 0) {
                    throw reject("EINVAL", "BPF_MOV uses reserved fields");
                }
                checkRegArg(src, SRC_OP);
            } else if (src != 0 || off != 0) {
                throw reject("EINVAL", "BPF_MOV uses reserved fields");
            }
            checkRegArg(dst, DST_OP_NO_MARK);
            if (x) {
                RegState s = regs[src];
                if (alu64) {
                    if (off == 0) {
                        RegState ns = assignScalarIdBeforeMov(s);
                        regs[src] = ns;
                        regs[dst] = ns;
                    } else if (s instanceof RegState.Scalar sc) {
                        boolean noSext = Long.compareUnsigned(sc.b().umax(), 1L << (off - 1)) < 0;
                        RegState.Scalar base = noSext ? (RegState.Scalar) assignScalarIdBeforeMov(sc) : sc;
                        regs[src] = base;
                        ScalarBounds nb = ScalarOps.coerceRegToSizeSx(base.b(), off >> 3);
                        regs[dst] = new RegState.Scalar(nb, noSext ? base.id() : 0, 0, base.precise());
                    } else {
                        regs[dst] = RegState.Scalar.unknown();
                    }
                } else {
                    if (s instanceof RegState.Scalar sc) {
                        ScalarBounds nb;
                        int nid;
                        if (off == 0) {
                            boolean isU32 = Long.compareUnsigned(sc.b().umax(), 0xffffffffL) <= 0;
                            RegState.Scalar base = isU32 ? (RegState.Scalar) assignScalarIdBeforeMov(sc) : sc;
                            regs[src] = base;
                            nb = ScalarOps.zext32(base.b());
                            nid = isU32 ? base.id() : 0;
                        } else {
                            boolean noSext = Long.compareUnsigned(sc.b().umax(), 1L << (off - 1)) < 0;
                            RegState.Scalar base = noSext ? (RegState.Scalar) assignScalarIdBeforeMov(sc) : sc;
                            regs[src] = base;
                            nb = ScalarOps.movsx32(base.b(), off >> 3);
                            nid = noSext ? base.id() : 0;
                        }
                        regs[dst] = new RegState.Scalar(nb, nid, 0, sc.precise());
                    } else {
                        regs[dst] = RegState.Scalar.of(ScalarOps.zext32(ScalarBounds.UNKNOWN));
                    }
                }
            } else {
                regs[dst] = RegState.Scalar.known(alu64 ? (long) imm : imm & 0xffffffffL);
            }
            return;
        }
        if (op > 0xd0) {
            throw reject("EINVAL", "invalid BPF_ALU opcode " + Integer.toHexString(op >> 4));
        }
        if (x) {
            if (imm != 0 || (off != 0 && off != 1) || (off == 1 && op != 0x90 && op != 0x30)) {
                throw reject("EINVAL", "BPF_ALU uses reserved fields");
            }
            checkRegArg(src, SRC_OP);
        } else if (src != 0 || (off != 0 && off != 1) || (off == 1 && op != 0x90 && op != 0x30)) {
            throw reject("EINVAL", "BPF_ALU uses reserved fields");
        }
        checkRegArg(dst, SRC_OP);
        if ((op == 0x90 || op == 0x30) && !x && imm == 0) {
            throw reject("EINVAL", "div by zero");
        }
        if ((op == 0x60 || op == 0x70 || op == 0xc0) && !x) {
            int size = alu64 ? 64 : 32;
            if (imm < 0 || imm >= size) {
                throw reject("EINVAL", "invalid shift " + imm);
            }
        }
        checkRegArg(dst, DST_OP_NO_MARK);
        adjustRegMinMaxVals(i, op, alu64, x);
    }

    private static AluOp aluOf(int op) {
        return switch (op) {
            case 0x00 -> AluOp.ADD;
            case 0x10 -> AluOp.SUB;
            case 0x20 -> AluOp.MUL;
            case 0x30 -> AluOp.DIV;
            case 0x40 -> AluOp.OR;
            case 0x50 -> AluOp.AND;
            case 0x60 -> AluOp.LSH;
            case 0x70 -> AluOp.RSH;
            case 0x90 -> AluOp.MOD;
            case 0xa0 -> AluOp.XOR;
            case 0xc0 -> AluOp.ARSH;
            default -> AluOp.NEG;
        };
    }

    /** {@code adjust_reg_min_max_vals}. */
    private void adjustRegMinMaxVals(int i, int op, boolean alu64, boolean x) {
        // the current frame's registers: an ALU instruction changes their values, never the frame
        RegState[] regs = regs();
        int dst = p.dst[i];
        RegState d = regs[dst];
        ScalarBounds sb;
        if (x) {
            RegState s = regs[p.src[i]];
            if (!(s instanceof RegState.Scalar)) {
                if (!(d instanceof RegState.Scalar)) {
                    if (op == 0x10) {
                        regs[dst] = RegState.Scalar.unknown();
                        return;
                    }
                    throw reject("EACCES", "R" + dst + " pointer " + ALU_STRING[op >> 4] + " pointer prohibited");
                }
                markChainPrecision(dst);
                adjustPtrMinMaxVals(i, op, alu64, (RegState.Pointer) s, scalarOf(d), true);
                return;
            } else if (d instanceof RegState.Pointer) {
                markChainPrecision(p.src[i]);
                adjustPtrMinMaxVals(i, op, alu64, (RegState.Pointer) d, scalarOf(s), false);
                return;
            } else if (d instanceof RegState.Scalar ds && ds.precise()) {
                markChainPrecision(p.src[i]);
            }
            sb = scalarOf(regs[p.src[i]]);
        } else {
            sb = ScalarBounds.ofConst(p.imm[i]);
            if (d instanceof RegState.Pointer) {
                adjustPtrMinMaxVals(i, op, alu64, (RegState.Pointer) d, sb, false);
                return;
            }
        }
        RegState.Scalar ds = (RegState.Scalar) regs[dst];
        ScalarBounds nb = ScalarOps.adjustScalarMinMaxVals(aluOf(op), alu64, ds.b(), sb);
        int nid = 0;
        int noff = 0;
        if (op == 0x00 && alu64 && ds.id() != 0 && ScalarOps.isRegConst(sb, false)) {
            long val = sb.constValue();
            if ((ds.id() & RegState.ADD_CONST) != 0 || Long.compareUnsigned(val, Integer.MAX_VALUE) > 0) {
                nid = 0;
            } else {
                nid = ds.id() | RegState.ADD_CONST;
                noff = (int) val;
            }
        }
        regs[dst] = RegState.Scalar.of(nb, nid, noff, ds.precise());
    }

    /** {@code check_reg_sane_offset}. */
    private void checkRegSaneOffset(ScalarBounds var, int off, String typeStr) {
        boolean known = var.isConst();
        long val = var.varOff().value();
        if (known && (val >= MAX_VAR_OFF || val <= -MAX_VAR_OFF)) {
            throw reject("EINVAL", "math between " + typeStr + " pointer and " + val + " is not allowed");
        }
        if (off >= MAX_VAR_OFF || off <= -MAX_VAR_OFF) {
            throw reject("EINVAL", typeStr + " pointer offset " + off + " is not allowed");
        }
        if (var.smin() == Long.MIN_VALUE) {
            throw reject("EINVAL", "math between " + typeStr
                    + " pointer and register with unbounded min value is not allowed");
        }
        if (var.smin() >= MAX_VAR_OFF || var.smin() <= -MAX_VAR_OFF) {
            throw reject("EINVAL", "value " + var.smin() + " makes " + typeStr + " pointer be out of bounds");
        }
    }

    /** {@code adjust_ptr_min_max_vals}. */
    private void adjustPtrMinMaxVals(int i, int op, boolean alu64, RegState.Pointer ptr, ScalarBounds offReg,
            boolean scalarIsDst) {
        int dst = p.dst[i];
        boolean known = offReg.isConst();
        if ((known && (offReg.smin() != offReg.smax() || offReg.umin() != offReg.umax()))
                || offReg.smin() > offReg.smax() || Long.compareUnsigned(offReg.umin(), offReg.umax()) > 0) {
            regs()[dst] = RegState.Scalar.unknown();
            return;
        }
        if (!alu64) {
            if (op == 0x10) {
                regs()[dst] = RegState.Scalar.unknown();
                return;
            }
            throw reject("EACCES", "R" + dst + " 32-bit pointer arithmetic prohibited");
        }
        if (ptr.maybeNull()) {
            throw reject("EACCES", "R" + dst + " pointer arithmetic on " + ptr.typeStr()
                    + " prohibited, null-check it first");
        }
        if (ptr.type() == RegType.PTR_TO_MEM && ptr.has(RegState.Pointer.UNTRUSTED)) {
            // untrusted memory is read with probe instructions: the kernel tracks no offset (and changes no register)
            return;
        }
        switch (ptr.type()) {
            case PTR_TO_CTX, PTR_TO_MAP_VALUE, PTR_TO_MAP_KEY, PTR_TO_STACK, PTR_TO_PACKET_META, PTR_TO_PACKET,
                    PTR_TO_BTF_ID, PTR_TO_MEM, PTR_TO_FUNC -> {
            }
            case CONST_PTR_TO_MAP -> {
                if (!(known && offReg.smin() == 0 && op == 0x00)) {
                    throw reject("EACCES", "R" + dst + " pointer arithmetic on " + ptr.typeStr() + " prohibited");
                }
            }
            default -> throw reject("EACCES", "R" + dst + " pointer arithmetic on " + ptr.typeStr() + " prohibited");
        }
        String ts = ptr.typeStr();
        checkRegSaneOffset(offReg, 0, ts);
        checkRegSaneOffset(ptr.var(), ptr.off(), ts);
        ScalarBounds pv = ptr.var();
        RegState.Pointer out;
        switch (op) {
            case 0x00 -> {
                long sum = (long) ptr.off() + offReg.smin();
                if (known && sum == (int) sum) {
                    out = ptr.withOff((int) sum);
                    break;
                }
                Bounds b = Bounds.of(pv);
                Bounds o = Bounds.of(offReg);
                long smin = pv.smin() + offReg.smin();
                long smax = pv.smax() + offReg.smax();
                if (((pv.smin() ^ smin) & (offReg.smin() ^ smin)) < 0 || ((pv.smax() ^ smax) & (offReg.smax() ^ smax)) < 0) {
                    b.smin = Long.MIN_VALUE;
                    b.smax = Long.MAX_VALUE;
                } else {
                    b.smin = smin;
                    b.smax = smax;
                }
                long umin = pv.umin() + offReg.umin();
                long umax = pv.umax() + offReg.umax();
                if (Bounds.ult(umin, pv.umin()) || Bounds.ult(umax, pv.umax())) {
                    b.umin = 0;
                    b.umax = -1L;
                } else {
                    b.umin = umin;
                    b.umax = umax;
                }
                b.varOff = pv.varOff().add(o.varOff);
                b.mark32Unbounded();
                out = ptr.withVar(b.freeze());
                if (ptr.type().isPkt()) {
                    out = out.withId(++idGen).withRange(0);
                }
            }
            case 0x10 -> {
                if (scalarIsDst) {
                    throw reject("EACCES", "R" + dst + " tried to subtract pointer from scalar");
                }
                if (ptr.type() == RegType.PTR_TO_STACK) {
                    throw reject("EACCES", "R" + dst + " subtraction from stack pointer prohibited");
                }
                long diff = (long) ptr.off() - offReg.smin();
                if (known && diff == (int) diff) {
                    out = ptr.withOff((int) diff);
                    break;
                }
                Bounds b = Bounds.of(pv);
                long smin = pv.smin() - offReg.smax();
                long smax = pv.smax() - offReg.smin();
                if (((pv.smin() ^ offReg.smax()) & (pv.smin() ^ smin)) < 0
                        || ((pv.smax() ^ offReg.smin()) & (pv.smax() ^ smax)) < 0) {
                    b.smin = Long.MIN_VALUE;
                    b.smax = Long.MAX_VALUE;
                } else {
                    b.smin = smin;
                    b.smax = smax;
                }
                if (Bounds.ult(pv.umin(), offReg.umax())) {
                    b.umin = 0;
                    b.umax = -1L;
                } else {
                    b.umin = pv.umin() - offReg.umax();
                    b.umax = pv.umax() - offReg.umin();
                }
                b.varOff = pv.varOff().sub(offReg.varOff());
                b.mark32Unbounded();
                out = ptr.withVar(b.freeze());
                if (ptr.type().isPkt()) {
                    out = out.withId(++idGen);
                    if (offReg.smin() < 0) {
                        out = out.withRange(0);
                    }
                }
            }
            case 0x40, 0x50, 0xa0 -> throw reject("EACCES", "R" + dst + " bitwise operator " + ALU_STRING[op >> 4]
                    + " on pointer prohibited");
            default -> throw reject("EACCES", "R" + dst + " pointer arithmetic with " + ALU_STRING[op >> 4]
                    + " operator prohibited");
        }
        checkRegSaneOffset(out.var(), out.off(), ts);
        Bounds b = Bounds.of(out.var());
        b.sync();
        out = out.withVar(b.freeze());
        regs()[dst] = out;
    }

    // --- memory ------------------------------------------------------------------------------------------------

    /** {@code check_load_mem}. */
    private void checkLoadMem(int i) {
        checkRegArg(p.src[i], SRC_OP);
        checkRegArg(p.dst[i], DST_OP_NO_MARK);
        boolean ldsx = (p.code[i] & 0xe0) == 0x80;
        checkMemAccess(i, p.src[i], p.off[i], sizeOf(p.code[i]), false, p.dst[i], false, ldsx);
    }

    /** {@code check_store_reg}. */
    private void checkStoreReg(int i) {
        checkRegArg(p.src[i], SRC_OP);
        checkRegArg(p.dst[i], SRC_OP);
        checkMemAccess(i, p.dst[i], p.off[i], sizeOf(p.code[i]), true, p.src[i], false, false);
    }

    /** {@code check_atomic} and {@code check_atomic_rmw}. */
    private void checkAtomic(int i) {
        int imm = p.imm[i];
        int size = sizeOf(p.code[i]);
        boolean rmw = imm == 0x00 || imm == 0x01 || imm == 0x40 || imm == 0x41 || imm == 0x50 || imm == 0x51
                || imm == 0xa0 || imm == 0xa1 || imm == 0xe1 || imm == 0xf1;
        if (!rmw) {
            if (imm == 0x100 || imm == 0x110) {
                throw reject("EINVAL", "BPF_ATOMIC load-acquire and store-release are not simulated");
            }
            throw reject("EINVAL", String.format("BPF_ATOMIC uses invalid atomic opcode %02x", imm));
        }
        if (size != 4 && size != 8) {
            throw reject("EINVAL", "invalid atomic operand size");
        }
        checkRegArg(p.src[i], SRC_OP);
        checkRegArg(p.dst[i], SRC_OP);
        if (imm == 0xf1) {
            checkRegArg(0, SRC_OP);
        }
        RegState d = regs()[p.dst[i]];
        if (d instanceof RegState.Pointer dp && (dp.type() == RegType.PTR_TO_CTX || dp.type().isPktAny()
                || dp.type().isSk())) {
            throw reject("EACCES", "BPF_ATOMIC stores into R" + p.dst[i] + " " + dp.typeStr() + " is not allowed");
        }
        int loadReg = -1;
        if ((imm & 1) != 0) {
            loadReg = imm == 0xf1 ? 0 : p.src[i];
            checkRegArg(loadReg, DST_OP);
        }
        checkMemAccess(i, p.dst[i], p.off[i], size, false, -1, true, false);
        if (loadReg >= 0) {
            checkMemAccess(i, p.dst[i], p.off[i], size, false, loadReg, true, false);
        }
        checkMemAccess(i, p.dst[i], p.off[i], size, true, -1, true, false);
    }

    private String tnStr(ScalarBounds v) {
        return v.isConst() ? Long.toString(v.constValue()) : LogFmt.tnum(v.varOff());
    }

    /** {@code check_ptr_alignment}: only stack accesses (and atomics) are strict for this loader. */
    private void checkPtrAlignment(RegState.Pointer reg, int off, int size, boolean strictOnce) {
        boolean strict = strictOnce;
        String desc = "";
        switch (reg.type()) {
            case PTR_TO_PACKET, PTR_TO_PACKET_META -> {
                if (!strict || size == 1) {
                    return;
                }
                Tnum t = reg.var().varOff().add(Tnum.ofConst(2L + reg.off() + off));
                if (!t.isAligned(size)) {
                    throw reject("EACCES", "misaligned packet access off 2+" + tnStr(reg.var()) + "+" + reg.off()
                            + "+" + off + " size " + size);
                }
                return;
            }
            case PTR_TO_MAP_VALUE -> desc = "value ";
            case PTR_TO_CTX -> desc = "context ";
            case PTR_TO_STACK -> {
                desc = "stack ";
                strict = true;
            }
            default -> {
            }
        }
        if (!strict || size == 1) {
            return;
        }
        Tnum t = reg.var().varOff().add(Tnum.ofConst((long) reg.off() + off));
        if (!t.isAligned(size)) {
            throw reject("EACCES", "misaligned " + desc + "access off " + tnStr(reg.var()) + "+" + reg.off() + "+"
                    + off + " size " + size);
        }
    }

    /** {@code check_mem_access}. */
    private void checkMemAccess(int insn, int regno, int off, int size, boolean write, int valueRegno,
            boolean strictOnce, boolean ldsx) {
        RegState r = regs()[regno];
        if (!(r instanceof RegState.Pointer)) {
            throw reject("EACCES", "R" + regno + " invalid mem access '" + RegState.typeStr(r) + "'");
        }
        RegState.Pointer reg = (RegState.Pointer) r;
        checkPtrAlignment(reg, off, size, strictOnce);
        off += reg.off();
        switch (reg.type()) {
            case PTR_TO_MAP_VALUE -> {
                if (reg.maybeNull()) {
                    throw reject("EACCES", "R" + regno + " invalid mem access '" + reg.typeStr() + "'");
                }
                MapDef map = maps.get(reg.map());
                checkMemRegionAccess(regno, reg, off, size, map.valueSize(), false);
                if (!write && valueRegno >= 0) {
                    regs()[valueRegno] = frozenMapRead(map, reg, off, size, ldsx);
                }
            }
            case PTR_TO_MAP_KEY -> {
                // a callback's key argument (bpf_for_each_map_elem): read-only, key_size bytes
                if (write) {
                    throw reject("EACCES", "write to change key R" + regno + " not allowed");
                }
                checkMemRegionAccess(regno, reg, off, size, maps.get(reg.map()).keySize(), false);
                if (valueRegno >= 0) {
                    regs()[valueRegno] = RegState.Scalar.unknown();
                }
            }
            case PTR_TO_MEM -> {
                if (reg.maybeNull()) {
                    throw reject("EACCES", "R" + regno + " invalid mem access '" + reg.typeStr() + "'");
                }
                boolean rdonly = reg.has(RegState.Pointer.RDONLY);
                if (write && rdonly) {
                    throw reject("EACCES", "R" + regno + " cannot write into " + reg.typeStr());
                }
                // untrusted memory is read with probe instructions: no bounds to check
                if (!(rdonly && reg.has(RegState.Pointer.UNTRUSTED))) {
                    checkMemRegionAccess(regno, reg, off, size, reg.memSize(), false);
                }
                if ((!write || rdonly) && valueRegno >= 0) {
                    regs()[valueRegno] = RegState.Scalar.unknown();
                }
            }
            case PTR_TO_BTF_ID -> {
                if (reg.maybeNull()) {
                    throw reject("EACCES", "R" + regno + " invalid mem access '" + reg.typeStr() + "'");
                }
                checkPtrToBtfAccess(insn, regno, reg, off, size, write, valueRegno);
            }
            case PTR_TO_CTX -> {
                checkPtrOffReg(reg, regno, false);
                if (type == ProgType.TRACING) {
                    tracingCtxAccess(off, size, write, valueRegno);
                    break;
                }
                ProgRules.CtxAccess a = ProgRules.ctxAccess(type, attach, off, size, write);
                if (!a.ok()) {
                    throw reject("EACCES", "invalid bpf_context access off=" + off + " size=" + size);
                }
                if (!write && valueRegno >= 0) {
                    if (a.type() == RegType.SCALAR_VALUE) {
                        regs()[valueRegno] = RegState.Scalar.unknown();
                    } else {
                        RegState.Pointer np = RegState.Pointer.of(a.type()).withMaybeNull(a.maybeNull());
                        if (a.maybeNull()) {
                            np = np.withId(++idGen);
                        }
                        regs()[valueRegno] = np;
                    }
                }
            }
            case PTR_TO_STACK -> {
                checkStackAccessWithinBounds(regno, reg, off, size, write);
                if (!write) {
                    checkStackRead(regno, reg, off, size, valueRegno);
                } else {
                    checkStackWrite(insn, regno, reg, off, size, valueRegno);
                }
            }
            case PTR_TO_PACKET, PTR_TO_PACKET_META -> {
                if (write && !ProgRules.mayAccessDirectPktData(type, true)) {
                    throw reject("EACCES", "cannot write into packet");
                }
                checkPacketAccess(regno, reg, off, size, false);
                if (!write && valueRegno >= 0) {
                    regs()[valueRegno] = RegState.Scalar.unknown();
                }
            }
            case PTR_TO_SOCK_COMMON, PTR_TO_SOCKET, PTR_TO_TCP_SOCK, PTR_TO_XDP_SOCK -> {
                if (reg.maybeNull()) {
                    throw reject("EACCES", "R" + regno + " invalid mem access '" + reg.typeStr() + "'");
                }
                if (write) {
                    throw reject("EACCES", "R" + regno + " cannot write into " + reg.typeStr());
                }
                checkSockAccess(regno, reg, off, size);
                if (valueRegno >= 0) {
                    regs()[valueRegno] = RegState.Scalar.unknown();
                }
            }
            case CONST_PTR_TO_MAP -> {
                // check_ptr_to_map_access: the map's kernel struct (struct bpf_array, ...), read only
                String tname = MapInMap.structName(maps.get(reg.map()).type());
                if (off < 0) {
                    throw reject("EACCES", "R" + regno + " is " + tname + " invalid negative access: off=" + off);
                }
                if (write) {
                    throw reject("EACCES", "only read from " + tname + " is supported");
                }
                if (valueRegno >= 0) {
                    regs()[valueRegno] = RegState.Scalar.unknown();
                }
            }
            default -> throw reject("EACCES", "R" + regno + " invalid mem access '" + reg.typeStr() + "'");
        }
        if (size < 8 && valueRegno >= 0 && !write && regs()[valueRegno] instanceof RegState.Scalar sv) {
            ScalarBounds nb = ldsx ? ScalarOps.coerceRegToSizeSx(sv.b(), size) : ScalarOps.coerceRegToSize(sv.b(), size);
            regs()[valueRegno] = sv.withBounds(nb);
        }
    }

    /**
     * The value a load from a map value yields. Follows 6.18 {@code check_mem_access}: when the map is read-only
     * for programs and frozen ({@code bpf_map_is_rdonly}), has direct value access (arrays) and the offset is
     * constant, the bytes are read now ({@code bpf_map_direct_read}: little-endian, sign-extended for
     * {@code BPF_MEMSX}) and the register becomes that constant; otherwise an unknown scalar.
     */
    private RegState frozenMapRead(MapDef map, RegState.Pointer reg, int off, int size, boolean ldsx) {
        if (!map.isFrozenReadOnly() || !reg.var().isConst() || map.type() != MapType.ARRAY) {
            return RegState.Scalar.unknown();
        }
        // array_map_direct_value_addr refuses arrays of more than one element with ENOTSUPP (524), logging nothing.
        // check_map_access has already bounded the offset, and loads are 1, 2, 4 or 8 bytes.
        if (map.maxEntries() != 1) {
            throw new Reject("ENOTSUPP");
        }
        long mapOff = off + reg.var().constValue();
        long v = 0;
        for (int k = size - 1; k >= 0; k--) {
            v = (v << 8) | map.frozenByte((int) mapOff + k);
        }
        if (ldsx && size < 8) {
            int shift = 64 - 8 * size;
            v = (v << shift) >> shift;
        }
        return RegState.Scalar.known(v);
    }

    /**
     * {@code tracing_prog_is_valid_access} with {@code btf_ctx_access} for {@code tp_btf}: twelve u64 slots, read
     * only, typed by the raw tracepoint's prototype.
     */
    private void tracingCtxAccess(int off, int size, boolean write, int valueRegno) {
        BtfWalk.CtxArg a = BtfWalk.CtxArg.DENY;
        if (off >= 0 && off < 8 * BtfWalk.MAX_BPF_FUNC_ARGS && !write && off % size == 0) {
            a = btf.tpBtfCtxAccess(tpProto, attachBtf, off, size, this::verbose);
        }
        if (!a.ok()) {
            throw reject("EACCES", "invalid bpf_context access off=" + off + " size=" + size);
        }
        if (valueRegno < 0) {
            return;
        }
        if (!a.pointer()) {
            regs()[valueRegno] = RegState.Scalar.unknown();
            return;
        }
        RegState.Pointer np = RegState.Pointer.ofBtf(a.btfId(), btf.name(a.btfId()), RegState.Pointer.TRUSTED);
        if (a.maybeNull()) {
            np = np.withMaybeNull(true).withId(++idGen);
        }
        regs()[valueRegno] = np;
    }

    /** {@code check_ptr_to_btf_access} for a privileged, GPL-compatible, non-sleepable program. */
    private void checkPtrToBtfAccess(int insn, int regno, RegState.Pointer reg, int off, int size, boolean write,
            int valueRegno) {
        String tname = reg.btfName();
        if (off < 0) {
            throw reject("EACCES", "R" + regno + " is ptr_" + tname + " invalid negative access: off=" + off);
        }
        if (!reg.var().isConst() || reg.var().constValue() != 0) {
            throw reject("EACCES", "R" + regno + " is ptr_" + tname + " invalid variable offset: off=" + off
                    + ", var_off=" + LogFmt.tnum(reg.var().varOff()));
        }
        if (reg.has(RegState.Pointer.USER)) {
            throw reject("EACCES", "R" + regno + " is ptr_" + tname + " access user memory: off=" + off);
        }
        if (reg.has(RegState.Pointer.PERCPU)) {
            throw reject("EACCES", "R" + regno + " is ptr_" + tname + " access percpu memory: off=" + off);
        }
        if (write) {
            throw reject("EACCES", "only read is supported");
        }
        BtfWalk w = btfFor("a load through ptr_" + tname);
        BtfWalk.Access a = w.structAccess(reg.btfId(), off, size);
        if (a.kind() == BtfWalk.Access.Kind.FAILED) {
            throw reject(a.failure().errno(), a.failure().message());
        }
        if (valueRegno < 0) {
            return;
        }
        switch (a.kind()) {
            case SCALAR -> regs()[valueRegno] = RegState.Scalar.unknown();
            case MEM -> regs()[valueRegno] = RegState.Pointer.of(RegType.PTR_TO_MEM).withFlags(a.flags());
            default -> {
                int flag = a.flags();
                boolean maybeNull = false;
                int next = a.nextId();
                String field = a.fieldName();
                int trustedOrRcu = RegState.Pointer.TRUSTED | RegState.Pointer.RCU;
                if (reg.has(RegState.Pointer.UNTRUSTED)) {
                    flag = (flag | RegState.Pointer.UNTRUSTED) & ~RegState.Pointer.TRUSTED;
                } else if (reg.isTrusted() || reg.has(RegState.Pointer.RCU)) {
                    // type_is_trusted and friends: the kernel lists the fields that keep their parent's trust
                    if (w.nestedTypeIs(reg.btfId(), field, next, "__safe_trusted")) {
                        flag |= RegState.Pointer.TRUSTED;
                    } else if (w.nestedTypeIs(reg.btfId(), field, next, "__safe_trusted_or_null")) {
                        flag |= RegState.Pointer.TRUSTED;
                        maybeNull = true;
                    } else if (!reg.maybeNull()) {
                        // in_rcu_cs(): a program that cannot sleep always runs in an RCU read section
                        boolean rcuOrNull = w.nestedTypeIs(reg.btfId(), field, next, "__safe_rcu_or_null");
                        if (w.nestedTypeIs(reg.btfId(), field, next, "__safe_rcu")) {
                            flag |= RegState.Pointer.RCU;
                        } else if ((flag & RegState.Pointer.RCU) != 0 || rcuOrNull) {
                            flag |= RegState.Pointer.RCU;
                            maybeNull = true;
                            if (rcuOrNull) {
                                flag &= ~RegState.Pointer.UNTRUSTED;
                            }
                        } else if ((flag & (RegState.Pointer.PERCPU | RegState.Pointer.USER)) == 0) {
                            flag &= ~trustedOrRcu;
                        }
                    } else {
                        flag = RegState.Pointer.UNTRUSTED;
                    }
                } else {
                    flag &= ~trustedOrRcu;
                }
                RegState.Pointer np = RegState.Pointer.ofBtf(next, w.name(next), flag);
                if (maybeNull) {
                    np = np.withMaybeNull(true).withId(++idGen);
                }
                regs()[valueRegno] = np;
            }
        }
    }

    /** {@code check_sock_access}. */
    private void checkSockAccess(int regno, RegState.Pointer reg, int off, int size) {
        if (reg.var().smin() < 0) {
            throw reject("EACCES", "R" + regno
                    + " min value is negative, either use unsigned index or do a if (index >=0) check.");
        }
        if (!SockRules.readOk(reg.type(), off, size)) {
            throw reject("EACCES", "R" + regno + " invalid " + reg.typeStr() + " access off=" + off + " size=" + size);
        }
    }

    /** {@code __check_ptr_off_reg}. */
    private void checkPtrOffReg(RegState.Pointer reg, int regno, boolean fixedOffOk) {
        if (reg.off() < 0) {
            throw reject("EACCES", "negative offset " + reg.typeStr() + " ptr R" + regno + " off=" + reg.off()
                    + " disallowed");
        }
        if (!fixedOffOk && reg.off() != 0) {
            throw reject("EACCES", "dereference of modified " + reg.typeStr() + " ptr R" + regno + " off=" + reg.off()
                    + " disallowed");
        }
        if (!reg.var().isConst() || reg.var().constValue() != 0) {
            throw reject("EACCES", "variable " + reg.typeStr() + " access var_off=" + LogFmt.tnum(reg.var().varOff())
                    + " disallowed");
        }
    }

    /** {@code __check_mem_access}: the first line of a region error. */
    private boolean memAccessOk(int regno, RegState.Pointer reg, long off, int size, int memSize, boolean zeroOk) {
        boolean sizeOk = size > 0 || (size == 0 && zeroOk);
        if (off >= 0 && sizeOk && off + size <= (memSize & 0xffffffffL)) {
            return true;
        }
        int o = (int) off;
        switch (reg.type()) {
            case PTR_TO_MAP_KEY -> verbose("invalid access to map key, key_size=" + memSize + " off=" + o + " size="
                    + size + "\n");
            case PTR_TO_MAP_VALUE -> verbose("invalid access to map value, value_size=" + memSize + " off=" + o
                    + " size=" + size + "\n");
            case PTR_TO_PACKET, PTR_TO_PACKET_META, PTR_TO_PACKET_END -> verbose("invalid access to packet, off=" + o
                    + " size=" + size + ", R" + regno + "(id=" + reg.id() + ",off=" + o + ",r=" + reg.range() + ")\n");
            default -> verbose("invalid access to memory, mem_size=" + Integer.toUnsignedString(memSize) + " off="
                    + o + " size=" + size + "\n");
        }
        return false;
    }

    /** {@code check_mem_region_access}. */
    private void checkMemRegionAccess(int regno, RegState.Pointer reg, int off, int size, int memSize,
            boolean zeroOk) {
        ScalarBounds v = reg.var();
        if (v.smin() < 0 && (v.smin() == Long.MIN_VALUE || (off + v.smin() != (int) (off + v.smin()))
                || v.smin() + off < 0)) {
            throw reject("EACCES", "R" + regno
                    + " min value is negative, either use unsigned index or do a if (index >=0) check.");
        }
        if (!memAccessOk(regno, reg, v.smin() + off, size, memSize, zeroOk)) {
            throw reject("EACCES", "R" + regno + " min value is outside of the allowed memory range");
        }
        if (Long.compareUnsigned(v.umax(), MAX_VAR_OFF) >= 0) {
            throw reject("EACCES", "R" + regno
                    + " unbounded memory access, make sure to bounds check any such access");
        }
        if (!memAccessOk(regno, reg, v.umax() + off, size, memSize, zeroOk)) {
            throw reject("EACCES", "R" + regno + " max value is outside of the allowed memory range");
        }
    }

    /** {@code check_reg_const_str}: a constant offset into a frozen read-only array, NUL-terminated there. */
    private void checkRegConstStr(int regno, RegState.Pointer reg) {
        MapDef map = maps.get(reg.map());
        if (!map.isFrozenReadOnly()) {
            throw reject("EACCES", "R" + regno + " does not point to a readonly map'");
        }
        if (!reg.var().isConst()) {
            throw reject("EACCES", "R" + regno + " is not a constant address'");
        }
        if (map.type() != MapType.ARRAY) {
            // map_direct_value_addr: only arrays hand out their value's address
            throw reject("EACCES", "no direct value access support for this map type");
        }
        checkMemRegionAccess(regno, reg, reg.off(), map.valueSize() - reg.off(), map.valueSize(), false);
        long mapOff = reg.off() + reg.var().constValue();
        if (map.maxEntries() != 1 || mapOff >= map.valueSize()) {
            // array_map_direct_value_addr
            throw reject(map.maxEntries() != 1 ? "ENOTSUPP" : "EINVAL", "direct value access on string failed");
        }
        for (long k = mapOff; k < map.valueSize(); k++) {
            if (map.frozenByte((int) k) == 0) {
                return;
            }
        }
        throw reject("EINVAL", "string is not zero-terminated");
    }

    /** {@code check_packet_access}. */
    private void checkPacketAccess(int regno, RegState.Pointer reg, int off, int size, boolean zeroOk) {
        if (reg.var().smin() < 0) {
            throw reject("EACCES", "R" + regno
                    + " min value is negative, either use unsigned index or do a if (index >=0) check.");
        }
        boolean ok = reg.range() >= 0 && memAccessOk(regno, reg, off, size, reg.range(), zeroOk);
        if (!ok) {
            throw reject(reg.range() < 0 ? "EINVAL" : "EACCES", "R" + regno + " offset is outside of the packet");
        }
    }

    private FuncState funcOf(RegState.Pointer reg) {
        return cur.frame[reg.frameno()];
    }

    /** {@code check_stack_access_within_bounds}. */
    private void checkStackAccessWithinBounds(int regno, RegState.Pointer reg, int off, int size, boolean write) {
        String extra = write ? " write to" : " read from";
        long minOff;
        long maxOff;
        ScalarBounds v = reg.var();
        if (v.isConst()) {
            minOff = v.constValue() + off;
            maxOff = minOff + size;
        } else {
            if (v.smax() >= MAX_VAR_OFF || v.smin() <= -MAX_VAR_OFF) {
                throw reject("EACCES", "invalid unbounded variable-offset" + extra + " stack R" + regno);
            }
            minOff = v.smin() + off;
            maxOff = v.smax() + off + size;
        }
        String errno = null;
        if (minOff < -FuncState.MAX_BPF_STACK || minOff > -1) {
            errno = "EACCES";
        } else if (maxOff > 0) {
            errno = "EINVAL";
        } else if (size < 0) {
            errno = "EFAULT";
        }
        if (errno != null) {
            if (v.isConst()) {
                throw reject(errno, "invalid" + extra + " stack R" + regno + " off=" + off + " size=" + size);
            }
            throw reject(errno, "invalid variable-offset" + extra + " stack R" + regno + " var_off="
                    + LogFmt.tnum(v.varOff()) + " off=" + off + " size=" + size);
        }
        FuncState f = funcOf(reg);
        f.growStack((int) -minOff);
        if (f.frameno == cur.curframe || true) {
            int sub = f.subprog;
            stackDepth[sub] = Math.max(stackDepth[sub], f.allocatedStack);
        }
    }

    private void markStackScratched(FuncState f, int spi) {
        if (f.frameno == cur.curframe && spi >= 0 && spi < 64) {
            stackScratched |= 1L << spi;
        }
    }

    /** {@code check_stack_read}. */
    private void checkStackRead(int ptrRegno, RegState.Pointer reg, int off, int size, int dstRegno) {
        FuncState f = funcOf(reg);
        boolean varOff = !reg.var().isConst();
        if (dstRegno < 0 && varOff) {
            throw reject("EACCES", "variable offset stack pointer cannot be passed into helper function; var_off="
                    + LogFmt.tnum(reg.var().varOff()) + " off=" + off + " size=" + size);
        }
        if (!varOff) {
            checkStackReadFixedOff(f, (int) (off + reg.var().constValue()), size, dstRegno);
        } else {
            long minOff = reg.var().smin() + off;
            long maxOff = reg.var().smax() + off;
            for (long k = minOff; k < maxOff + size; k++) {
                markStackAccess(f, (int) (-k - 1) / FuncState.REG_SIZE, false);
            }
            markStackScratched(f, (int) (-minOff - 1) / FuncState.REG_SIZE);
            markRegStackRead(f, (int) minOff, (int) (maxOff + size), dstRegno);
        }
    }

    /** {@code check_stack_read_fixed_off}. */
    private void checkStackReadFixedOff(FuncState f, int off, int size, int dstRegno) {
        int slot = -off - 1;
        int spi = slot / FuncState.REG_SIZE;
        byte[] stype = f.slotType[spi];
        markStackScratched(f, spi);
        markStackAccess(f, spi, false);
        if (f.isSpilledReg(spi)) {
            RegState sp = f.spilled[spi];
            int spillSize = 1;
            for (int i = FuncState.REG_SIZE - 1; i > 0 && stype[i - 1] == FuncState.STACK_SPILL; i--) {
                spillSize++;
            }
            if (size != FuncState.REG_SIZE || spillSize != FuncState.REG_SIZE) {
                if (!(sp instanceof RegState.Scalar)) {
                    throw reject("EACCES", "invalid size of register fill");
                }
                if (dstRegno < 0) {
                    return;
                }
                RegState.Scalar ss = (RegState.Scalar) sp;
                if (size <= spillSize && narrowAccessOk(off, size, spillSize)) {
                    if (size == 4 && spillSize == 4 && regWidth(ss.b()) <= 32) {
                        ss = (RegState.Scalar) assignScalarIdBeforeMov(ss);
                        f.spilled[spi] = ss;
                    }
                    RegState.Scalar out = ss;
                    if (regWidth(ss.b()) > size * 8) {
                        out = ss.withId(0, 0);
                    }
                    regs()[dstRegno] = out;
                    setLastHistStack(f.frameno, spi);
                } else {
                    int spillCnt = 0;
                    int zeroCnt = 0;
                    for (int i = 0; i < size; i++) {
                        byte t = stype[Math.floorMod(slot - i, FuncState.REG_SIZE)];
                        if (t == FuncState.STACK_SPILL) {
                            spillCnt++;
                        } else if (t == FuncState.STACK_ZERO) {
                            zeroCnt++;
                        }
                    }
                    if (spillCnt == size && ss.b().isConst() && ss.b().constValue() == 0) {
                        regs()[dstRegno] = RegState.Scalar.known(0);
                        setLastHistStack(f.frameno, spi);
                    } else if (zeroCnt == size) {
                        regs()[dstRegno] = RegState.Scalar.known(0);
                    } else {
                        regs()[dstRegno] = RegState.Scalar.unknown();
                    }
                }
            } else if (dstRegno >= 0) {
                RegState nsp = assignScalarIdBeforeMov(sp);
                f.spilled[spi] = nsp;
                regs()[dstRegno] = nsp;
                setLastHistStack(f.frameno, spi);
            }
        } else if (dstRegno >= 0) {
            markRegStackRead(f, off, off + size, dstRegno);
        }
    }

    private static boolean narrowAccessOk(int off, int size, int spillSize) {
        // bpf_stack_narrow_access_ok on little endian: the low bytes sit at the slot's start
        return Math.floorMod(off, FuncState.REG_SIZE) == 0;
    }

    /** {@code get_reg_width}: bits needed for the largest value. */
    private static int regWidth(ScalarBounds b) {
        return 64 - Long.numberOfLeadingZeros(b.umax());
    }

    /** {@code mark_reg_stack_read}. */
    private void markRegStackRead(FuncState f, int minOff, int maxOff, int dstRegno) {
        int zeros = 0;
        for (int i = minOff; i < maxOff; i++) {
            int slot = -i - 1;
            int spi = slot / FuncState.REG_SIZE;
            if (f.slotType[spi][slot % FuncState.REG_SIZE] != FuncState.STACK_ZERO) {
                break;
            }
            zeros++;
        }
        regs()[dstRegno] = zeros == maxOff - minOff ? RegState.Scalar.known(0) : RegState.Scalar.unknown();
    }

    private void setLastHistStack(int frameno, int spi) {
        cur.history.setLastStack(frameno, spi);
    }

    /** {@code check_stack_write}: fixed or variable offset. */
    private void checkStackWrite(int insn, int regno, RegState.Pointer reg, int off, int size, int valueRegno) {
        FuncState f = funcOf(reg);
        if (reg.var().isConst()) {
            checkStackWriteFixedOff(insn, f, (int) (off + reg.var().constValue()), size, valueRegno);
        } else {
            checkStackWriteVarOff(f, reg, off, size, valueRegno);
        }
    }

    private boolean isNullScalar(RegState r) {
        return r instanceof RegState.Scalar s && s.b().isConst() && s.b().constValue() == 0;
    }

    /** {@code check_stack_write_fixed_off}. */
    private void checkStackWriteFixedOff(int insn, FuncState f, int off, int size, int valueRegno) {
        int slot = -off - 1;
        int spi = slot / FuncState.REG_SIZE;
        RegState reg = valueRegno >= 0 ? regs()[valueRegno] : null;
        markStackScratched(f, spi);
        if (size == FuncState.REG_SIZE) {
            markStackAccess(f, spi, true);
        } else {
            markStackAccess(f, spi, false);
        }
        boolean stImm = (p.code[insn] & 7) == 2;
        if (reg != null && off % FuncState.REG_SIZE == 0 && reg instanceof RegState.Scalar) {
            RegState.Scalar s = (RegState.Scalar) reg;
            boolean fits = regWidth(s.b()) <= 8 * size;
            if (fits) {
                s = (RegState.Scalar) assignScalarIdBeforeMov(s);
                regs()[valueRegno] = s;
            }
            saveRegisterState(f, spi, fits ? s : s.withId(0, 0), size);
            setLastHistStack(f.frameno, spi);
        } else if (reg == null && off % FuncState.REG_SIZE == 0 && stImm) {
            saveRegisterState(f, spi, RegState.Scalar.known(p.imm[insn]), size);
            setLastHistStack(f.frameno, spi);
        } else if (reg != null && reg instanceof RegState.Pointer) {
            if (size != FuncState.REG_SIZE) {
                throw reject("EACCES", "invalid size of register spill");
            }
            if (f.frameno != cur.curframe && reg.type() == RegType.PTR_TO_STACK) {
                throw reject("EINVAL", "cannot spill pointers to stack into stack frame of the caller");
            }
            saveRegisterState(f, spi, reg, size);
            setLastHistStack(f.frameno, spi);
        } else {
            byte t = FuncState.STACK_MISC;
            f.spilled[spi] = RegState.NOT_INIT;
            if (f.slotType[spi][FuncState.REG_SIZE - 1] == FuncState.STACK_SPILL) {
                scrubSpilledSlot(f, spi);
            }
            if ((reg != null && isNullScalar(reg)) || (reg == null && stImm && p.imm[insn] == 0)) {
                if (valueRegno >= 0) {
                    markChainPrecision(valueRegno);
                }
                t = FuncState.STACK_ZERO;
            }
            for (int i = 0; i < size; i++) {
                f.slotType[spi][Math.floorMod(slot - i, FuncState.REG_SIZE)] = t;
            }
        }
    }

    /** {@code scrub_spilled_slot} over a whole slot: written bytes become misc, unwritten ones stay invalid. */
    private static void scrubSpilledSlot(FuncState f, int spi) {
        for (int k = 0; k < FuncState.REG_SIZE; k++) {
            if (f.slotType[spi][k] != FuncState.STACK_INVALID) {
                f.slotType[spi][k] = FuncState.STACK_MISC;
            }
        }
    }

    /** {@code save_register_state}. */
    private void saveRegisterState(FuncState f, int spi, RegState reg, int size) {
        f.spilled[spi] = reg;
        int i;
        for (i = FuncState.REG_SIZE; i > FuncState.REG_SIZE - size; i--) {
            f.slotType[spi][i - 1] = FuncState.STACK_SPILL;
        }
        for (; i > 0; i--) {
            byte t = f.slotType[spi][i - 1];
            if (t != FuncState.STACK_ZERO && t != FuncState.STACK_INVALID) {
                f.slotType[spi][i - 1] = FuncState.STACK_MISC;
            }
        }
    }

    /** {@code check_stack_write_var_off}. */
    private void checkStackWriteVarOff(FuncState f, RegState.Pointer reg, int off, int size, int valueRegno) {
        long minOff = reg.var().smin() + off;
        long maxOff = reg.var().smax() + off + size;
        RegState v = valueRegno >= 0 ? regs()[valueRegno] : null;
        boolean zero = v != null && isNullScalar(v);
        for (long i = minOff; i < maxOff; i++) {
            int slot = (int) (-i - 1);
            int spi = slot / FuncState.REG_SIZE;
            int j = slot % FuncState.REG_SIZE;
            markStackScratched(f, spi);
            markStackAccess(f, spi, false);
            if (f.slotType[spi][FuncState.REG_SIZE - 1] == FuncState.STACK_SPILL) {
                f.spilled[spi] = RegState.NOT_INIT;
                scrubSpilledSlot(f, spi);
            }
            byte t = f.slotType[spi][j];
            if (!(zero && t == FuncState.STACK_ZERO)) {
                f.slotType[spi][j] = FuncState.STACK_MISC;
            }
        }
    }

    // --- ld_imm64, ld_abs ---------------------------------------------------------------------------------------

    /** {@code check_ld_imm}. */
    private void checkLdImm(int i) {
        if ((p.code[i] & 0x18) != 0x18) {
            throw reject("EINVAL", "invalid BPF_LD_IMM insn");
        }
        if (p.off[i] != 0) {
            throw reject("EINVAL", "BPF_LD_IMM64 uses reserved fields");
        }
        int dst = p.dst[i];
        checkRegArg(dst, DST_OP);
        int src = p.src[i];
        if (src == 0) {
            long v = (p.imm[i] & 0xffffffffL) | ((long) p.imm[i + 1] << 32);
            regs()[dst] = RegState.Scalar.known(v);
            return;
        }
        if (src == 3) {
            regs()[dst] = ksyms.reg(i);
            return;
        }
        if (src == 4) {
            if (!hasFuncInfo) {
                throw reject("EINVAL", "missing btf func_info");
            }
            if (funcs == null) {
                throw reject("EINVAL", "callbacks (BPF_PSEUDO_FUNC) are not simulated without the program's BTF "
                        + "(ProgramInput.withBtf)");
            }
            int subprog = cfg.findSubprog(i + p.imm[i] + 1);
            if (funcs.isGlobal(subprog)) {
                throw reject("EINVAL", "callback function not static");
            }
            regs()[dst] = Callbacks.funcPtr(subprog);
            return;
        }
        int m = cfg.mapIndex[i];
        if (src == 2 || src == 6) {
            regs()[dst] = RegState.Pointer.of(RegType.PTR_TO_MAP_VALUE).withMap(m).withOff(p.imm[i + 1]);
        } else {
            regs()[dst] = RegState.Pointer.of(RegType.CONST_PTR_TO_MAP).withMap(m);
        }
    }

    /** {@code check_ld_abs}. */
    private void checkLdAbs(int i) {
        int code = p.code[i];
        if (!ProgRules.mayAccessSkb(type)) {
            throw reject("EINVAL", "BPF_LD_[ABS|IND] instructions not allowed for this program type");
        }
        if (p.dst[i] != 0 || p.off[i] != 0 || (code & 0x18) == 0x18 || ((code & 0xe0) == 0x20 && p.src[i] != 0)) {
            throw reject("EINVAL", "BPF_LD_[ABS|IND] uses reserved fields");
        }
        checkRegArg(6, SRC_OP);
        checkResourceLeak("BPF_LD_[ABS|IND]");
        RegState r6 = regs()[6];
        if (!(r6 instanceof RegState.Pointer pp && pp.type() == RegType.PTR_TO_CTX)) {
            throw reject("EINVAL", "at the time of BPF_LD_ABS|IND R6 != pointer to skb");
        }
        if ((code & 0xe0) == 0x40) {
            checkRegArg(p.src[i], SRC_OP);
        }
        checkPtrOffReg(pp, 6, false);
        for (int r = 0; r <= 5; r++) {
            regs()[r] = RegState.NOT_INIT;
            markRegScratched(r);
        }
        regs()[0] = RegState.Scalar.unknown();
    }

    // --- jumps -------------------------------------------------------------------------------------------------

    private static JmpOp jmpOf(int op) {
        return JmpOp.ofOrNull(op);
    }

    /** {@code reg_not_null}. */
    private static boolean regNotNull(RegState.Pointer r) {
        if (r.maybeNull()) {
            return false;
        }
        return switch (r.type()) {
            case PTR_TO_MAP_VALUE, PTR_TO_MAP_KEY, PTR_TO_SOCK_COMMON, PTR_TO_SOCKET, PTR_TO_TCP_SOCK,
                    CONST_PTR_TO_MAP -> true;
            case PTR_TO_MEM -> !r.has(RegState.Pointer.UNTRUSTED);
            case PTR_TO_BTF_ID -> r.isTrusted();
            default -> false;
        };
    }

    /** {@code is_branch_taken}. */
    private int isBranchTaken(RegState r1, RegState r2, JmpOp op, boolean jmp32) {
        if (r1 instanceof RegState.Pointer p1 && r2 instanceof RegState.Pointer p2 && p1.type().isPktAny()
                && p2.type().isPktAny() && !jmp32) {
            return isPktPtrBranchTaken(p1, p2, op);
        }
        if (r1 instanceof RegState.Pointer || r2 instanceof RegState.Pointer) {
            if (!(r2 instanceof RegState.Scalar s2 && ScalarOps.isRegConst(s2.b(), jmp32))) {
                op = op.swap();
                RegState t = r1;
                r1 = r2;
                r2 = t;
            }
            if (!(r2 instanceof RegState.Scalar s2 && ScalarOps.isRegConst(s2.b(), jmp32))) {
                return -1;
            }
            if (!(r1 instanceof RegState.Pointer p1) || !regNotNull(p1)) {
                return -1;
            }
            if (ScalarOps.regConstValue(((RegState.Scalar) r2).b(), jmp32) != 0) {
                return -1;
            }
            return switch (op) {
                case JEQ -> 0;
                case JNE -> 1;
                default -> -1;
            };
        }
        return ScalarOps.isScalarBranchTaken(scalarOf(r1), scalarOf(r2), op, jmp32);
    }

    private static int isPktPtrBranchTaken(RegState.Pointer dst, RegState.Pointer src, JmpOp op) {
        RegState.Pointer pkt;
        if (src.type() == RegType.PTR_TO_PACKET_END) {
            pkt = dst;
        } else if (dst.type() == RegType.PTR_TO_PACKET_END) {
            pkt = src;
            op = op.swap();
        } else {
            return -1;
        }
        if (pkt.range() >= 0) {
            return -1;
        }
        switch (op) {
            case JLE, JGT -> {
                if (pkt.range() == BEYOND_PKT_END) {
                    return op == JmpOp.JGT ? 1 : 0;
                }
            }
            case JLT, JGE -> {
                if (pkt.range() == BEYOND_PKT_END || pkt.range() == AT_PKT_END) {
                    return op == JmpOp.JGE ? 1 : 0;
                }
            }
            default -> {
            }
        }
        return -1;
    }

    /** {@code check_cond_jmp_op}. */
    private void checkCondJmpOp(int i) {
        int code = p.code[i];
        int op = code & 0xf0;
        boolean jmp32 = (code & 7) == 6;
        if (op == 0xe0) {
            if (code != 0xe5 || p.src[i] != 0 || p.dst[i] != 0 || p.imm[i] != 0) {
                throw reject("EINVAL", "invalid may_goto imm " + p.imm[i]);
            }
            VState prev = findPrevEntry(i);
            VState queued = pushStack(i + 1, i);
            queued.mayGotoDepth++;
            if (prev != null) {
                widenImpreciseScalars(prev, queued);
            }
            insnIdx += p.off[i] + 1;
            return;
        }
        JmpOp jop = jmpOf(op);
        if (jop == null) {
            throw reject("EINVAL", "invalid BPF_JMP/JMP32 opcode " + Integer.toHexString(op >> 4));
        }
        checkRegArg(p.dst[i], SRC_OP);
        boolean x = (code & 8) != 0;
        RegState srcReg;
        if (x) {
            if (p.imm[i] != 0) {
                throw reject("EINVAL", "BPF_JMP/JMP32 uses reserved fields");
            }
            checkRegArg(p.src[i], SRC_OP);
            srcReg = regs()[p.src[i]];
        } else {
            if (p.src[i] != 0) {
                throw reject("EINVAL", "BPF_JMP/JMP32 uses reserved fields");
            }
            srcReg = RegState.Scalar.known(p.imm[i]);
        }
        RegState dstReg = regs()[p.dst[i]];
        int pred = isBranchTaken(dstReg, srcReg, jop, jmp32);
        if (pred >= 0) {
            if (!(dstReg instanceof RegState.Pointer)) {
                markChainPrecision(p.dst[i]);
            }
            if (x && !(srcReg instanceof RegState.Pointer)) {
                markChainPrecision(p.src[i]);
            }
        }
        if (pred == 1) {
            printInsnState();
            insnIdx += p.off[i] + 1;
            return;
        } else if (pred == 0) {
            printInsnState();
            insnIdx++;
            return;
        }
        int target = i + p.off[i] + 1;
        VState other = pushStack(target, i);
        RegState[] oregs = other.regs();
        // reg_set_min_max on the two branches
        if (dstReg instanceof RegState.Scalar && srcReg instanceof RegState.Scalar) {
            ScalarBounds d = scalarOf(dstReg);
            ScalarBounds s = scalarOf(srcReg);
            boolean same = x && p.src[i] == p.dst[i];
            ScalarOps.Pair f = jop == JmpOp.JSET ? ScalarOps.refine(d, s, jop, true, jmp32, same)
                    : ScalarOps.refine(d, s, jop.negate(), false, jmp32, same);
            ScalarOps.Pair t = ScalarOps.refine(d, s, jop, false, jmp32, same);
            RegState.Scalar ds = (RegState.Scalar) dstReg;
            regs()[p.dst[i]] = ds.withBounds(f.r1());
            oregs[p.dst[i]] = ((RegState.Scalar) oregs[p.dst[i]]).withBounds(t.r1());
            if (x) {
                RegState.Scalar ss = (RegState.Scalar) srcReg;
                regs()[p.src[i]] = ss.withBounds(f.r2());
                oregs[p.src[i]] = ((RegState.Scalar) oregs[p.src[i]]).withBounds(t.r2());
            }
            if (x && ((RegState.Scalar) srcReg).id() != 0) {
                syncLinkedRegs(cur, p.src[i]);
                syncLinkedRegs(other, p.src[i]);
            }
            if (ds.id() != 0) {
                syncLinkedRegs(cur, p.dst[i]);
                syncLinkedRegs(other, p.dst[i]);
            }
        }
        if (!jmp32 && x && dstReg instanceof RegState.Pointer dp && srcReg instanceof RegState.Pointer sp
                && dp.maybeNull() != sp.maybeNull() && dp.type() != RegType.PTR_TO_BTF_ID
                && sp.type() != RegType.PTR_TO_BTF_ID) {
            VState eq = jop == JmpOp.JEQ ? other : jop == JmpOp.JNE ? cur : null;
            if (eq != null) {
                int r = sp.maybeNull() ? p.src[i] : p.dst[i];
                RegState.Pointer rp = (RegState.Pointer) eq.regs()[r];
                eq.regs()[r] = rp.withMaybeNull(false);
            }
        }
        if (!jmp32 && !x && p.imm[i] == 0 && (jop == JmpOp.JEQ || jop == JmpOp.JNE)
                && dstReg instanceof RegState.Pointer dp && dp.maybeNull()) {
            markPtrOrNullRegs(cur, p.dst[i], jop == JmpOp.JNE);
            markPtrOrNullRegs(other, p.dst[i], jop == JmpOp.JEQ);
        } else if (x) {
            tryMatchPktPointers(i, jop, jmp32, other);
        }
        printInsnState();
        insnIdx++;
    }

    /**
     * Records a stack access for the 6.18 stack liveness ({@code bpf_mark_stack_read}, {@code bpf_mark_stack_write}
     * of kernel/bpf/liveness.c). Only the frame's own stack is tracked; an access to a caller's stack turns the
     * analysis off (every slot counts as live), which can only make pruning rarer.
     */
    private void markStackAccess(FuncState f, int spi, boolean fullWrite) {
        if (f.frameno != cur.curframe) {
            stackLivenessOff = true;
            return;
        }
        if (spi < 0 || spi >= 64) {
            return;
        }
        long bit = 1L << spi;
        if (fullWrite) {
            if ((stackWrite[insnIdx] & bit) == 0) {
                stackWrite[insnIdx] |= bit;
                stackMarksDirty = true;
            }
        } else if ((stackRead[insnIdx] & bit) == 0) {
            stackRead[insnIdx] |= bit;
            stackMarksDirty = true;
        }
    }

    /** Live stack slots before each instruction, from the accesses seen so far (backward data flow). */
    private long[] stackLiveIn() {
        if (!stackMarksDirty && stackLiveIn != null) {
            return stackLiveIn;
        }
        long[] in = new long[p.len];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = p.len - 1; i >= 0; i--) {
                long out = 0;
                int code = p.code[i];
                int cls = code & 7;
                int op = code & 0xf0;
                if (cls == 5 || cls == 6) {
                    if (op == 0x90) {
                        out = 0;
                    } else if (op == 0x00) {
                        out = at(in, code == 0x06 ? i + p.imm[i] + 1 : i + p.off[i] + 1);
                    } else if (op == 0x80) {
                        out = at(in, i + 1);
                    } else {
                        out = at(in, i + 1) | at(in, i + p.off[i] + 1);
                    }
                } else {
                    out = at(in, i + (code == 0x18 ? 2 : 1));
                }
                long v = (out & ~stackWrite[i]) | stackRead[i];
                if (v != in[i]) {
                    in[i] = v;
                    changed = true;
                }
            }
        }
        stackLiveIn = in;
        stackMarksDirty = false;
        return in;
    }

    private static long at(long[] a, int i) {
        return i >= 0 && i < a.length ? a[i] : 0;
    }

    /** {@code find_prev_entry}: an explored state at {@code idx} on the current path (same call chain). */
    private VState findPrevEntry(int idx) {
        List<VState> list = explored.get(idx);
        if (list == null) {
            return null;
        }
        for (VState sl : list) {
            if (sl.branches > 0 && sl.curframe == cur.curframe) {
                boolean same = true;
                for (int fr = 0; fr <= cur.curframe; fr++) {
                    same &= sl.frame[fr].callsite == cur.frame[fr].callsite;
                }
                if (same) {
                    return sl;
                }
            }
        }
        return null;
    }

    /** {@code widen_imprecise_scalars}: forget imprecise scalars that changed since the previous iteration. */
    private static void widenImpreciseScalars(VState old, VState st) {
        for (int fr = 0; fr <= st.curframe; fr++) {
            FuncState fo = old.frame[fr];
            FuncState fc = st.frame[fr];
            for (int r = 0; r < 11; r++) {
                fc.regs[r] = widen(fo.regs[r], fc.regs[r]);
            }
            for (int s = 0; s < FuncState.SLOTS; s++) {
                if (fo.isSpilledReg(s) && fc.isSpilledReg(s)) {
                    fc.spilled[s] = widen(fo.spilled[s], fc.spilled[s]);
                }
            }
        }
    }

    private static RegState widen(RegState o, RegState c) {
        if (o instanceof RegState.Scalar os && c instanceof RegState.Scalar cs && !os.precise() && !cs.precise()
                && !os.b().equals(cs.b())) {
            return RegState.Scalar.unknown();
        }
        return c;
    }

    /** {@code bpf_for_each_reg_in_vstate}: rewrite every register and spilled register of every frame. */
    private static void forEachReg(VState st, java.util.function.UnaryOperator<RegState> f) {
        for (int fr = 0; fr <= st.curframe; fr++) {
            FuncState fs = st.frame[fr];
            for (int k = 0; k < 11; k++) {
                fs.regs[k] = f.apply(fs.regs[k]);
            }
            for (int s = 0; s < FuncState.SLOTS; s++) {
                if (fs.isSpilledReg(s)) {
                    fs.spilled[s] = f.apply(fs.spilled[s]);
                }
            }
        }
    }

    /** {@code sync_linked_regs}: copy the refined bounds of a linked scalar to the registers sharing its id. */
    private void syncLinkedRegs(VState st, int regno) {
        RegState.Scalar known = (RegState.Scalar) st.regs()[regno];
        int id = known.id() & ~RegState.ADD_CONST;
        if (id == 0) {
            return;
        }
        forEachReg(st, r -> syncOne(r, known, id));
        st.regs()[regno] = known;
    }

    private static RegState syncOne(RegState r, RegState.Scalar known, int id) {
        if (!(r instanceof RegState.Scalar s) || (s.id() & ~RegState.ADD_CONST) != id) {
            return r;
        }
        int knownOff = (known.id() & RegState.ADD_CONST) != 0 ? known.off() : 0;
        int regOff = (s.id() & RegState.ADD_CONST) != 0 ? s.off() : 0;
        if (knownOff == regOff) {
            return new RegState.Scalar(known.b(), s.id(), s.off(), s.precise());
        }
        long delta = (long) regOff - knownOff;
        ScalarBounds nb = ScalarOps.adjustScalarMinMaxVals(AluOp.ADD, true, known.b(), ScalarBounds.ofConst(delta));
        return new RegState.Scalar(nb, s.id(), s.off(), s.precise());
    }

    /** {@code mark_ptr_or_null_regs}. */
    private void markPtrOrNullRegs(VState st, int regno, boolean isNull) {
        RegState.Pointer r = (RegState.Pointer) st.regs()[regno];
        int id = r.id();
        int refObjId = r.refObjId();
        if (refObjId != 0 && refObjId == id && isNull) {
            st.refs.removeIf(ref -> ref.id() == id);
        }
        forEachReg(st, reg -> markPtrOrNullReg(reg, id, isNull));
    }

    private RegState markPtrOrNullReg(RegState r, int id, boolean isNull) {
        if (!(r instanceof RegState.Pointer pr) || !pr.maybeNull() || pr.id() != id) {
            return r;
        }
        if (isNull) {
            return RegState.Scalar.known(0);
        }
        return mapInMap.markNotNull(pr.withMaybeNull(false).withId(0));
    }

    /** {@code try_match_pkt_pointers}. */
    private void tryMatchPktPointers(int i, JmpOp op, boolean jmp32, VState other) {
        if (jmp32) {
            return;
        }
        RegState d = regs()[p.dst[i]];
        RegState s = regs()[p.src[i]];
        if (!(d instanceof RegState.Pointer dp) || !(s instanceof RegState.Pointer sp)) {
            return;
        }
        boolean dstPkt = (dp.type() == RegType.PTR_TO_PACKET && sp.type() == RegType.PTR_TO_PACKET_END)
                || (dp.type() == RegType.PTR_TO_PACKET_META && isInitPkt(sp));
        boolean srcPkt = (dp.type() == RegType.PTR_TO_PACKET_END && sp.type() == RegType.PTR_TO_PACKET)
                || (isInitPkt(dp) && sp.type() == RegType.PTR_TO_PACKET_META);
        if (!dstPkt && !srcPkt) {
            return;
        }
        // the src-is-packet forms are the dst-is-packet forms with the comparison mirrored
        RegState.Pointer pkt = dstPkt ? dp : sp;
        int pktReg = dstPkt ? p.dst[i] : p.src[i];
        JmpOp o = dstPkt ? op : op.swap();
        if (o != JmpOp.JGT && o != JmpOp.JLT && o != JmpOp.JGE && o != JmpOp.JLE) {
            return;
        }
        boolean goodWhenTaken = o == JmpOp.JLT || o == JmpOp.JLE;
        boolean rightOpen = o == JmpOp.JLT || o == JmpOp.JGE;
        findGoodPktPointers(goodWhenTaken ? other : cur, pkt, rightOpen);
        markPktEnd(goodWhenTaken ? cur : other, pktReg, !rightOpen);
    }

    private static boolean isInitPkt(RegState.Pointer r) {
        return r.type() == RegType.PTR_TO_PACKET && r.off() == 0 && r.var().isConst() && r.var().constValue() == 0;
    }

    /** {@code find_good_pkt_pointers}. */
    private static void findGoodPktPointers(VState st, RegState.Pointer dst, boolean rangeRightOpen) {
        if (dst.off() < 0 || (dst.off() == 0 && rangeRightOpen)) {
            return;
        }
        if (Long.compareUnsigned(dst.var().umax(), MAX_PACKET_OFF) > 0
                || dst.var().umax() + dst.off() > MAX_PACKET_OFF) {
            return;
        }
        int newRange = dst.off() + (rangeRightOpen ? 1 : 0);
        forEachReg(st, reg -> reg instanceof RegState.Pointer r && r.type() == dst.type() && r.id() == dst.id()
                ? r.withRange(Math.max(r.range(), newRange)) : reg);
    }

    /** {@code mark_pkt_end}. */
    private static void markPktEnd(VState st, int regno, boolean rangeOpen) {
        if (st.regs()[regno] instanceof RegState.Pointer r && r.type() == RegType.PTR_TO_PACKET) {
            st.regs()[regno] = r.withRange(rangeOpen ? BEYOND_PKT_END : AT_PKT_END);
        }
    }

    // --- calls -------------------------------------------------------------------------------------------------

    /** {@code check_func_call} with {@code setup_func_entry}. */
    private void checkFuncCall(int i) {
        int target = i + p.imm[i] + 1;
        int subprog = cfg.findSubprog(target);
        if (subprog < 0) {
            throw new VerifierBug(i, "target of func call at insn " + target + " is not a program");
        }
        String argsErrno = btfCheckSubprogCall(subprog, regs());
        if (funcs != null && funcs.isGlobal(subprog)) {
            callGlobalFunc(i, subprog, argsErrno);
            return;
        }
        if (cur.curframe + 1 >= VState.MAX_CALL_FRAMES) {
            throw reject("E2BIG", "the call stack of " + (cur.curframe + 2) + " frames is too deep");
        }
        FuncState caller = cur.cur();
        FuncState callee = new FuncState(cur.curframe + 1, i, subprog);
        callee.regs[10] = RegState.Pointer.of(RegType.PTR_TO_STACK).withFrame(callee.frameno);
        for (int r = 1; r <= 5; r++) {
            callee.regs[r] = caller.regs[r];
        }
        cur.frame[cur.curframe + 1] = callee;
        cur.curframe++;
        for (int r = 0; r <= 5; r++) {
            caller.regs[r] = RegState.NOT_INIT;
        }
        insnIdx = target;
        verbose("caller:\n");
        verboseState(cur, caller.frameno);
        verbose("callee:\n");
        verboseState(cur, cur.curframe);
        regScratched = 0;
        stackScratched = 0;
    }

    /**
     * {@code btf_check_subprog_call} with {@code btf_check_func_arg_match}: whether the caller's registers match the
     * subprogram's BTF prototype; a mismatch makes the prototype unreliable. Its complaints are logged even when
     * only a static function's prototype is at stake.
     */
    private String btfCheckSubprogCall(int subprog, RegState[] regs) {
        if (funcs == null || funcs.unreliable(subprog)) {
            return "EINVAL";
        }
        String errno;
        try {
            errno = btfCheckFuncArgMatch(subprog, regs) ? null : "EINVAL";
        } catch (Reject e) {
            errno = e.errno;
        }
        if (errno != null) {
            funcs.markUnreliable(subprog);
        }
        return errno;
    }

    private boolean btfCheckFuncArgMatch(int subprog, RegState[] regs) {
        GlobalFuncs.Prepared pr = prepareFuncArgs(subprog);
        if (!pr.ok()) {
            throw new Reject(pr.errno());
        }
        for (int a = 0; a < pr.args().size(); a++) {
            int regno = a + 1;
            RegState reg = regs[regno];
            GlobalFuncs.Arg arg = pr.args().get(a);
            switch (arg.kind()) {
                case ANYTHING -> {
                    if (!(reg instanceof RegState.Scalar)) {
                        verbose("R" + regno + " is not a scalar\n");
                        return false;
                    }
                }
                case CTX -> {
                    if (reg instanceof RegState.Pointer rp) {
                        checkFuncArgRegOff(regno, rp, Helpers.Arg.DONTCARE);
                    }
                    if (reg.type() != RegType.PTR_TO_CTX) {
                        verbose("arg#" + a + " expects pointer to ctx\n");
                        return false;
                    }
                }
                case MEM -> {
                    if (reg instanceof RegState.Pointer rp) {
                        checkFuncArgRegOff(regno, rp, Helpers.Arg.DONTCARE);
                    }
                    try {
                        checkMemReg(regno, arg.memSize());
                    } catch (Reject e) {
                        return false;
                    }
                    if (!arg.nullable() && reg instanceof RegState.Pointer rp && rp.maybeNull()) {
                        verbose("arg#" + a + " is expected to be non-NULL\n");
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * {@code check_mem_reg}: the callee may read and write {@code size} bytes (a NULL is fine; a nullable pointer is
     * checked as if it were not NULL, without changing the caller's register).
     */
    private void checkMemReg(int regno, long size) {
        RegState reg = regs()[regno];
        if (isNullScalar(reg)) {
            return;
        }
        if (reg instanceof RegState.Pointer rp && rp.maybeNull()) {
            regs()[regno] = rp.withMaybeNull(false);
        }
        try {
            checkHelperMemAccess(regno, size, false, true, null);
            checkHelperMemAccess(regno, size, true, true, null);
        } finally {
            regs()[regno] = reg;
        }
    }

    /**
     * The global-function branch of {@code check_func_call}: the callee is assumed to behave as its prototype says
     * (it is verified on its own later), so the call clobbers R1-R5 and leaves an unknown scalar in R0.
     */
    private void callGlobalFunc(int i, int subprog, String argsErrno) {
        String name = funcs.name(subprog);
        if (argsErrno != null) {
            throw reject(argsErrno, "Caller passes invalid args into func#" + subprog + " ('" + name + "')");
        }
        verbose("Func#" + subprog + " ('" + name + "') is global and assumed valid.\n");
        funcs.called[subprog] = true;
        RegState[] regs = regs();
        for (int r = 0; r <= 5; r++) {
            regs[r] = RegState.NOT_INIT;
            markRegScratched(r);
        }
        if (!funcs.prepare(subprog).returnsVoid()) {
            regs[0] = RegState.Scalar.unknown();
        }
        insnIdx = i + 1;
    }

    /**
     * The callback part of {@code check_helper_call}: queue a walk of the callback body called from this
     * instruction ({@code push_callback_call}); {@code bpf_loop} stops queueing once it has done so as often as
     * its iteration count allows.
     */
    private void callbackHelper(int i, int id, int subprog) {
        if (id == Callbacks.USER_RINGBUF_DRAIN) {
            throw reject("EINVAL", "helper " + Helpers.name(id) + "#" + id + " is not simulated");
        }
        if (id == Callbacks.LOOP) {
            markChainPrecision(1);
            RegState r1 = regs()[1];
            long umax = r1 instanceof RegState.Pointer rp ? rp.var().umax() : scalarOf(r1).umax();
            if (Long.compareUnsigned(cur.cur().callbackDepth, umax) >= 0) {
                cur.cur().callbackDepth = 0;
                return;
            }
        }
        pushCallbackCall(i, id, subprog);
    }

    /** {@code push_callback_call} with {@code setup_func_entry}: the callee state starts the callback's body. */
    private void pushCallbackCall(int i, int id, int subprog) {
        btfCheckSubprogCall(subprog, regs());
        int vma = 0;
        if (id == Callbacks.FOR_EACH_MAP_ELEM) {
            int map = ((RegState.Pointer) regs()[1]).map();
            if (!Callbacks.mapHasForEach(maps.get(map).type())) {
                throw reject("ENOTSUPP", "callback function not allowed for map");
            }
        } else if (id == Callbacks.FIND_VMA) {
            vma = structId("bpf_find_vma", "vm_area_struct");
        }
        VState cb = pushStack(cfg.subprogStarts.get(subprog), i);
        if (cb.curframe + 1 >= VState.MAX_CALL_FRAMES) {
            throw reject("E2BIG", "the call stack of " + (cb.curframe + 2) + " frames is too deep");
        }
        FuncState caller = cb.frame[cb.curframe];
        FuncState callee = new FuncState(cb.curframe + 1, i, subprog);
        callee.regs[10] = RegState.Pointer.of(RegType.PTR_TO_STACK).withFrame(callee.frameno);
        Callbacks.setCalleeState(id, caller, callee, vma);
        cb.frame[cb.curframe + 1] = callee;
        cb.curframe++;
        cb.callbackUnrollDepth++;
        caller.callbackDepth++;
        cur.cur().callbackDepth = 0;
    }

    /** Whether the call at {@code i} is to a global function (backtracking: it only sets R0). */
    private boolean isGlobalCall(int i) {
        return funcs != null && funcs.isGlobal(cfg.findSubprog(i + p.imm[i] + 1));
    }

    /** {@code prepare_func_exit}. */
    private void prepareFuncExit() {
        FuncState callee = cur.cur();
        RegState r0 = callee.regs[0];
        if (r0 instanceof RegState.Pointer rp && rp.type() == RegType.PTR_TO_STACK) {
            throw reject("EINVAL", "cannot return stack pointer to the caller");
        }
        FuncState caller = cur.frame[cur.curframe - 1];
        if (callee.inCallbackFn) {
            checkCallbackReturn(callee, r0);
            insnIdx = callee.callsite;
        } else {
            caller.regs[0] = r0;
            insnIdx = callee.callsite + 1;
        }
        verbose("returning from callee:\n");
        verboseState(cur, cur.curframe);
        verbose("to caller at " + insnIdx + ":\n");
        verboseState(cur, cur.curframe - 1);
        cur.frame[cur.curframe] = null;
        cur.curframe--;
        if (callee.inCallbackFn) {
            // back at the helper call: widen what differs from the last visit, as for open-coded iterators
            VState prev = findPrevEntry(insnIdx);
            if (prev != null) {
                widenImpreciseScalars(prev, cur);
            }
        }
        regScratched = 0;
        stackScratched = 0;
    }

    /** A callback's exit ({@code prepare_func_exit}): R0 a scalar in the callback's return range. */
    private void checkCallbackReturn(FuncState callee, RegState r0) {
        if (!(r0 instanceof RegState.Scalar)) {
            throw reject("EACCES", "R0 not a scalar value");
        }
        markChainPrecision(0);
        ScalarBounds b = scalarOf(regs()[0]);
        if (b.smin() < callee.callbackRetMin || b.smax() > callee.callbackRetMax) {
            throw reject("EINVAL", invalidScalar("At callback return the register R0 has", b,
                    callee.callbackRetMin, callee.callbackRetMax));
        }
    }

    /** {@code verbose_invalid_scalar}: the register's signed bounds against the expected range. */
    private static String invalidScalar(String prefix, ScalarBounds b, long min, long max) {
        StringBuilder sb = new StringBuilder(prefix);
        boolean unknown = true;
        if (b.smin() > Long.MIN_VALUE) {
            sb.append(" smin=").append(b.smin());
            unknown = false;
        }
        if (b.smax() < Long.MAX_VALUE) {
            sb.append(" smax=").append(b.smax());
            unknown = false;
        }
        if (unknown) {
            sb.append(" unknown scalar value");
        }
        return sb.append(" should have been in [").append(min).append(", ").append(max).append("]").toString();
    }

    /** {@code process_bpf_exit_full}. */
    private int processBpfExitFull() {
        // 6.18 keeps references per state, not per frame: only the main program's exit must have none left
        if (cur.curframe == 0) {
            checkResourceLeak("BPF_EXIT instruction in main prog");
        }
        if (cur.curframe > 0) {
            prepareFuncExit();
            return 2;
        }
        checkReturnCode();
        return PROCESS_BPF_EXIT;
    }

    /** {@code check_resource_leak} with {@code check_reference_leak}: every acquired reference released. */
    private void checkResourceLeak(String prefix) {
        if (cur.refs.isEmpty()) {
            return;
        }
        for (VState.Ref r : cur.refs) {
            verbose("Unreleased reference id=" + r.id() + " alloc_insn=" + r.insnIdx() + "\n");
        }
        throw reject("EINVAL", prefix + " would lead to reference leak");
    }

    /** {@code check_return_code} for the main program. */
    private void checkReturnCode() {
        checkRegArg(0, SRC_OP);
        if (cur.frame[0].subprog != 0) {
            // a global function returns any scalar to its callers
            if (!(regs()[0] instanceof RegState.Scalar)) {
                throw reject("EINVAL", "At subprogram exit the register R0 is not a scalar value ("
                        + RegState.typeStr(regs()[0]) + ")");
            }
            return;
        }
        long[] range = ProgRules.returnRange(type, attach);
        if (range == null) {
            return;
        }
        RegState r = regs()[0];
        if (!(r instanceof RegState.Scalar)) {
            throw reject("EINVAL", "At program exit the register R0 is not a known value (" + RegState.typeStr(r)
                    + ")");
        }
        markChainPrecision(0);
        ScalarBounds b = scalarOf(r);
        if (!(range[0] <= b.smin() && b.smax() <= range[1])) {
            throw reject("EINVAL", invalidScalar("At program exit the register R0 has", b, range[0], range[1]));
        }
    }

    /** {@code check_max_stack_depth} over the call graph of bpf-to-bpf calls. */
    private void checkMaxStackDepth() {
        int n = cfg.subprogStarts.size();
        checkStackDepthFrom(0, 0, 1, new int[n], n);
    }

    private void checkStackDepthFrom(int sub, int depth, int frames, int[] onPath, int n) {
        if (frames > VState.MAX_CALL_FRAMES + 1) {
            return;
        }
        int d = depth + Math.max(16, (stackDepth[sub] + 15) / 16 * 16);
        if (stackDepth[sub] == 0) {
            d = depth;
        }
        if (d > FuncState.MAX_BPF_STACK) {
            throw reject("EACCES", "combined stack size of " + frames + " calls is " + d + ". Too large");
        }
        int start = cfg.subprogStarts.get(sub);
        int end = sub + 1 < n ? cfg.subprogStarts.get(sub + 1) : p.len;
        for (int i = start; i < end; i++) {
            // a callback's address counts as a call of it (check_max_stack_depth_subprog)
            if (p.isPseudoCall(i) || p.isPseudoFunc(i)) {
                int t = cfg.findSubprog(i + p.imm[i] + 1);
                if (t >= 0 && onPath[t] == 0) {
                    onPath[t] = 1;
                    checkStackDepthFrom(t, d, frames + 1, onPath, n);
                    onPath[t] = 0;
                }
            }
        }
    }

    // --- helper calls ------------------------------------------------------------------------------------------

    /** What {@code check_func_arg} learns ({@code struct bpf_call_arg_meta}). */
    private static final class Meta {
        int mapIndex = -1;
        boolean rawMode;
        int accessSize;
        int regno;
        int releaseRegno;
        int refObjId;
        long memSize;
        long constMapKey = -1;
        long msizeMaxValue;
        int funcId;
        /** The callback a {@code PTR_TO_FUNC} argument names ({@code subprogno}). */
        int subprogno = -1;
        /** {@code ret_btf_id}: the type of the per-CPU argument ({@code ARG_PTR_TO_PERCPU_BTF_ID}). */
        int retBtfId;
    }

    private static boolean canElideValueNullness(MapType t) {
        return t == MapType.ARRAY || t == MapType.PERCPU_ARRAY;
    }

    /** {@code check_helper_call}. */
    private void checkHelperCall(int i) {
        int id = p.imm[i];
        if (!Helpers.inRange(id)) {
            throw reject("EINVAL", "invalid func " + Helpers.name(id) + "#" + id);
        }
        Helpers.Proto fn = DerivedHelpers.proto(id, type);
        if (fn == null && Helpers.offeredTo(id, type)) {
            throw reject("EINVAL", "helper " + Helpers.name(id) + "#" + id + " is not simulated");
        }
        if (fn == null || !Helpers.available(fn, type)) {
            throw reject("EINVAL", "program of this type cannot use helper " + Helpers.name(id) + "#" + id);
        }
        String refusal = DerivedHelpers.callRefusal(id, type);
        if (refusal != null) {
            throw reject("EINVAL", refusal);
        }
        if (fn.args().length > 0 && fn.args()[0] == Helpers.Arg.CONST_MAP_PTR
                && regs()[1] instanceof RegState.Pointer mp && mp.type() == RegType.CONST_PTR_TO_MAP
                && !MapFuncCompat.simulated(maps.get(mp.map()).type(), id)) {
            throw reject("EINVAL", "helper " + Helpers.name(id) + "#" + id + " on a "
                    + maps.get(mp.map()).type().spelling() + " map is not simulated");
        }
        Meta meta = new Meta();
        for (int a = 0; a < 5; a++) {
            Helpers.Arg at = a < fn.args().length ? fn.args()[a] : Helpers.Arg.DONTCARE;
            meta.funcId = id;
            checkFuncArg(fn, a, at, meta);
        }
        if (meta.mapIndex >= 0) {
            String forbidden = MapFuncCompat.recordFuncMap(maps.get(meta.mapIndex), id);
            if (forbidden != null) {
                throw reject("EACCES", forbidden);
            }
        }
        if (id == 12) {
            if (meta.mapIndex < 0 || maps.get(meta.mapIndex).type() != MapType.PROG_ARRAY) {
                verbose("expected prog array map for tail call");
                throw new Reject("EINVAL");
            }
        }
        for (int k = 0; k < meta.accessSize; k++) {
            checkMemAccess(i, meta.regno, k, 1, true, -1, false, false);
        }
        if (meta.releaseRegno != 0) {
            if (meta.refObjId != 0) {
                releaseReference(meta.refObjId);
            } else if (!isNullScalar(regs()[meta.releaseRegno])) {
                throw reject("EINVAL", "func " + Helpers.name(id) + "#" + id
                        + " reference has not been acquired before");
            }
        }
        if (id == 12) {
            checkResourceLeak("tail_call");
        }
        if (id == 81 && !isNullScalar(regs()[2])) {
            // get_local_storage cannot fail, so it has no flags to fail on
            throw reject("EINVAL", "get_local_storage() doesn't support non-zero flags");
        }
        if (Callbacks.isSyncCallbackCalling(id)) {
            callbackHelper(i, id, meta.subprogno);
        }
        for (int r = 0; r <= 5; r++) {
            regs()[r] = RegState.NOT_INIT;
            markRegScratched(r);
        }
        switch (fn.ret()) {
            case INTEGER -> regs()[0] = RegState.Scalar.unknown();
            case VOID -> regs()[0] = RegState.NOT_INIT;
            case PTR_TO_MAP_VALUE_OR_NULL -> {
                MapDef m = maps.get(meta.mapIndex);
                boolean maybeNull = !(id == 1 && canElideValueNullness(m.type()) && meta.constMapKey >= 0
                        && meta.constMapKey < m.maxEntries());
                RegState.Pointer r0 = RegState.Pointer.of(RegType.PTR_TO_MAP_VALUE).withMap(meta.mapIndex)
                        .withMaybeNull(maybeNull);
                if (maybeNull) {
                    r0 = r0.withId(++idGen);
                }
                regs()[0] = r0;
            }
            case PTR_TO_MAP_VALUE -> regs()[0] = RegState.Pointer.of(RegType.PTR_TO_MAP_VALUE).withMap(meta.mapIndex);
            case PTR_TO_RINGBUF_MEM_OR_NULL -> regs()[0] = RegState.Pointer.of(RegType.PTR_TO_MEM)
                    .withMem((int) meta.memSize, true).withMaybeNull(true).withId(++idGen);
            case PTR_TO_SOCKET_OR_NULL, PTR_TO_SOCK_COMMON_OR_NULL, PTR_TO_TCP_SOCK_OR_NULL ->
                    regs()[0] = RegState.Pointer.of(fn.ret().regType()).withMaybeNull(true).withId(++idGen);
            case PTR_TO_BTF_ID_TRUSTED, PTR_TO_BTF_ID -> regs()[0] = RegState.Pointer.ofBtf(
                    structId("helper " + Helpers.name(id) + "#" + id, fn.retBtf()),
                    fn.retBtf(), fn.ret() == Helpers.Ret.PTR_TO_BTF_ID_TRUSTED ? RegState.Pointer.TRUSTED : 0);
            case PTR_TO_BTF_ID_OR_NULL -> regs()[0] = RegState.Pointer.ofBtf(
                    structId("helper " + Helpers.name(id) + "#" + id, fn.retBtf()), fn.retBtf(), 0)
                    .withMaybeNull(true).withId(++idGen);
            case PTR_TO_MEM_OR_BTF_ID -> regs()[0] = ksyms.perCpuResult(meta.retBtfId, false);
            case PTR_TO_MEM_OR_BTF_ID_OR_NULL -> regs()[0] = ksyms.perCpuResult(meta.retBtfId, true)
                    .withId(++idGen);
        }
        if (Helpers.isPtrCast(id)) {
            regs()[0] = ((RegState.Pointer) regs()[0]).withRef(meta.refObjId);
        } else if (Helpers.isAcquire(id)) {
            int ref = ++idGen;
            cur.refs.add(new VState.Ref(ref, i));
            regs()[0] = ((RegState.Pointer) regs()[0]).withId(ref).withRef(ref);
        }
        if (fn.ret() == Helpers.Ret.INTEGER) {
            regs()[0] = doRefineRetvalRange(id, meta);
        }
        checkMapFuncCompatibility(meta.mapIndex, id);
        String funcIp = id == 173 ? MapFuncCompat.checkGetFuncIp(type) : null;
        if (funcIp != null) {
            throw reject("ENOTSUPP", funcIp);
        }
        if (DerivedHelpers.changesPktData(id)) {
            // clear_all_pkt_pointers: mark_reg_invalid, an unknown scalar for a privileged loader
            forEachReg(cur, reg -> reg instanceof RegState.Pointer r && r.type().isPktAny()
                    ? RegState.Scalar.unknown() : reg);
        }
    }

    /** {@code do_refine_retval_range}: string probes return at most the buffer size, the CPU id is below nr_cpu_ids. */
    private RegState doRefineRetvalRange(int id, Meta meta) {
        Bounds b = Bounds.of(ScalarBounds.UNKNOWN);
        switch (id) {
            case 45, 67, 114, 115, 141 -> {
                b.smax = meta.msizeMaxValue;
                b.s32max = (int) meta.msizeMaxValue;
                b.smin = -4095;
                b.s32min = -4095;
            }
            case 8 -> {
                if (possibleCpus == 0) {
                    return RegState.Scalar.unknown();
                }
                long max = possibleCpus - 1L;
                b.umax = max;
                b.u32max = (int) max;
                b.smax = max;
                b.s32max = (int) max;
                b.umin = 0;
                b.u32min = 0;
                b.smin = 0;
                b.s32min = 0;
            }
            default -> {
                return RegState.Scalar.unknown();
            }
        }
        b.sync();
        return RegState.Scalar.of(b.freeze());
    }

    /** {@code release_reference}: drop the reference and invalidate every register holding it. */
    private void releaseReference(int refObjId) {
        cur.refs.removeIf(r -> r.id() == refObjId);
        forEachReg(cur, reg -> reg instanceof RegState.Pointer r && r.refObjId() == refObjId
                ? RegState.Scalar.unknown() : reg);
    }

    /** {@code check_map_func_compatibility}. */
    private void checkMapFuncCompatibility(int mapIndex, int id) {
        if (mapIndex < 0) {
            return;
        }
        String refusal = MapFuncCompat.check(maps.get(mapIndex).type(), id, type);
        if (refusal != null) {
            throw reject("EINVAL", refusal);
        }
    }

    /** {@code sock_types} of {@code compatible_reg_types}. */
    private static final String SOCK_TYPES = "sock_common, sock, tcp_sock, xdp_sock";
    private static final String MEM_TYPES = "fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, trusted_ptr_";

    /** {@code check_func_arg}. */
    private void checkFuncArg(Helpers.Proto fn, int arg, Helpers.Arg at, Meta meta) {
        if (at == Helpers.Arg.DONTCARE) {
            return;
        }
        int regno = arg + 1;
        checkRegArg(regno, SRC_OP);
        RegState reg = regs()[regno];
        if (at == Helpers.Arg.ANYTHING) {
            return;
        }
        if (reg instanceof RegState.Pointer rp && rp.type().isPktAny()
                && !DerivedHelpers.mayPassPacket(type, meta.funcId)) {
            throw reject("EACCES", "helper access to the packet is not allowed");
        }
        boolean skipTypeCheck = at.mayBeNull() && isNullScalar(reg);
        if (!skipTypeCheck) {
            checkRegType(regno, reg, at);
            checkBtfArg(fn, regno, reg, at, meta);
            if (reg instanceof RegState.Pointer rp) {
                checkFuncArgRegOff(regno, rp, at);
            }
        }
        if (at.isRelease()) {
            RegState.Pointer rp = (RegState.Pointer) reg;
            if (rp.refObjId() == 0) {
                throw reject("EINVAL", "R" + regno + " must be referenced when passed to release function");
            }
            meta.releaseRegno = regno;
        }
        if (reg instanceof RegState.Pointer rp && rp.refObjId() != 0) {
            if (meta.refObjId != 0) {
                throw reject("EACCES", "more than one arg with ref_obj_id R" + regno + " " + rp.refObjId() + " "
                        + meta.refObjId);
            }
            meta.refObjId = rp.refObjId();
        }
        switch (at) {
            case CONST_MAP_PTR -> meta.mapIndex = ((RegState.Pointer) reg).map();
            case PTR_TO_MAP_KEY -> {
                MapDef m = maps.get(meta.mapIndex);
                checkHelperMemAccess(regno, m.keySize(), false, false, null);
                if (canElideValueNullness(m.type())) {
                    meta.constMapKey = constantMapKey((RegState.Pointer) reg, m.keySize());
                }
            }
            case PTR_TO_MAP_VALUE, PTR_TO_MAP_VALUE_OR_NULL -> {
                if (at == Helpers.Arg.PTR_TO_MAP_VALUE_OR_NULL && isNullScalar(reg)) {
                    return;
                }
                MapDef m = maps.get(meta.mapIndex);
                meta.rawMode = false;
                checkHelperMemAccess(regno, m.valueSize(), false, false, meta);
            }
            case PTR_TO_MEM_RDONLY, PTR_TO_MEM_WRITE, PTR_TO_MEM_OR_NULL_RDONLY, PTR_TO_MEM_OR_NULL_WRITE ->
                    meta.rawMode = false;
            case PTR_TO_FIXED_SIZE_MEM, PTR_TO_FIXED_SIZE_MEM_RDONLY -> {
                io.github.bpf4j.verifier.internal.protos.Arg ka = DerivedHelpers.kernelArg(meta.funcId, type, arg);
                meta.rawMode = ka.has(TypeFlag.MEM_UNINIT);
                checkHelperMemAccess(regno, ka.size(), ka.has(TypeFlag.MEM_WRITE), false, meta);
                if (ka.has(TypeFlag.MEM_ALIGNED)) {
                    checkPtrAlignment((RegState.Pointer) reg, 0, ka.size(), true);
                }
            }
            case PTR_TO_UNINIT_MAP_VALUE -> {
                MapDef m = maps.get(meta.mapIndex);
                // resolve_map_arg_type: a bloom filter's peek reads the value it tests
                boolean fills = !(m.type() == MapType.BLOOM_FILTER && meta.funcId == 89);
                meta.rawMode = fills;
                checkHelperMemAccess(regno, m.valueSize(), fills, false, meta);
            }
            case PTR_TO_FUNC -> meta.subprogno = Callbacks.subprogOf((RegState.Pointer) reg);
            case PTR_TO_CONST_STR -> checkRegConstStr(regno, (RegState.Pointer) reg);
            case PTR_TO_UNINIT_MEM -> meta.rawMode = true;
            case CONST_SIZE, CONST_SIZE_OR_ZERO -> checkMemSizeReg((RegState.Scalar) reg, regno,
                    fn.args()[arg - 1].isWrite(), at == Helpers.Arg.CONST_SIZE_OR_ZERO, meta);
            case CONST_ALLOC_SIZE_OR_ZERO -> {
                ScalarBounds b = scalarOf(reg);
                if (!b.isConst()) {
                    throw reject("EACCES", "R" + regno + " is not a known constant'");
                }
                meta.memSize = b.constValue();
                markChainPrecision(regno);
            }
            default -> {
            }
        }
    }

    /** {@code get_constant_map_key}: the key's value when it is a known constant on the stack, else -1. */
    private long constantMapKey(RegState.Pointer key, int keySize) {
        if (key.type() != RegType.PTR_TO_STACK || !key.var().isConst()) {
            return -1;
        }
        FuncState f = funcOf(key);
        long stackOff = key.off() + key.var().constValue();
        int slot = (int) (-stackOff - 1);
        int spi = slot / FuncState.REG_SIZE;
        int off = slot % FuncState.REG_SIZE;
        byte[] stype = f.slotType[spi];
        int zero = 0;
        for (int k = off; k >= 0 && stype[k] == FuncState.STACK_ZERO; k--) {
            zero++;
        }
        if (zero >= keySize) {
            return 0;
        }
        if (!f.isSpilledScalarReg(spi)) {
            return -1;
        }
        int spill = 0;
        for (int k = off; k >= 0 && stype[k] == FuncState.STACK_SPILL; k--) {
            spill++;
        }
        if (spill != keySize) {
            return -1;
        }
        ScalarBounds b = scalarOf(f.spilled[spi]);
        if (!b.isConst()) {
            return -1;
        }
        markSlotPrecise(f.frameno, spi);
        return b.constValue();
    }

    /** {@code check_reg_type} against {@code compatible_reg_types}. */
    private void checkRegType(int regno, RegState reg, Helpers.Arg at) {
        String ts = RegState.typeStr(reg);
        boolean ok;
        String expected;
        switch (at) {
            case CONST_MAP_PTR -> {
                ok = reg.type() == RegType.CONST_PTR_TO_MAP;
                expected = "map_ptr";
            }
            case PTR_TO_CTX, PTR_TO_CTX_OR_NULL -> {
                ok = reg.type() == RegType.PTR_TO_CTX;
                expected = "ctx";
            }
            case CONST_SIZE, CONST_SIZE_OR_ZERO, CONST_ALLOC_SIZE_OR_ZERO -> {
                ok = reg instanceof RegState.Scalar;
                expected = "scalar";
            }
            case PTR_TO_RINGBUF_MEM_RELEASE -> {
                ok = reg instanceof RegState.Pointer rp && rp.type() == RegType.PTR_TO_MEM && rp.ringbuf()
                        && !rp.maybeNull();
                expected = "ringbuf_mem";
            }
            case PTR_TO_FUNC -> {
                ok = reg.type() == RegType.PTR_TO_FUNC;
                expected = "func";
            }
            case PTR_TO_CONST_STR -> {
                ok = reg instanceof RegState.Pointer rp && !rp.maybeNull() && rp.type() == RegType.PTR_TO_MAP_VALUE;
                expected = "map_value";
            }
            case PTR_TO_STACK_OR_NULL -> {
                ok = reg.type() == RegType.PTR_TO_STACK;
                expected = "fp";
            }
            case PTR_TO_SOCK_COMMON -> {
                ok = reg instanceof RegState.Pointer rp && !rp.maybeNull() && rp.type().isSk();
                expected = SOCK_TYPES;
            }
            case BTF_ID_SOCK_COMMON_RELEASE, BTF_ID_SOCK_COMMON -> {
                ok = reg instanceof RegState.Pointer rp && !rp.maybeNull() && (rp.type().isSk()
                        || (rp.type() == RegType.PTR_TO_BTF_ID && (rp.flags() & ~RegState.Pointer.TRUSTED) == 0));
                expected = SOCK_TYPES + ", ptr_, trusted_ptr_";
            }
            case PTR_TO_BTF_ID, PTR_TO_BTF_ID_OR_NULL -> {
                ok = reg instanceof RegState.Pointer rp && (!rp.maybeNull() || at.mayBeNull())
                        && rp.type() == RegType.PTR_TO_BTF_ID
                        && (rp.flags() == 0 || rp.flags() == RegState.Pointer.TRUSTED
                        || rp.flags() == RegState.Pointer.RCU);
                expected = "ptr_, trusted_ptr_, rcu_ptr_";
            }
            case PTR_TO_PERCPU_BTF_ID -> {
                ok = reg instanceof RegState.Pointer rp && !rp.maybeNull() && rp.type() == RegType.PTR_TO_BTF_ID
                        && (rp.flags() & ~(RegState.Pointer.RCU | RegState.Pointer.TRUSTED))
                        == RegState.Pointer.PERCPU && rp.flags() != (RegState.Pointer.PERCPU
                        | RegState.Pointer.RCU | RegState.Pointer.TRUSTED);
                expected = "percpu_ptr_, percpu_rcu_ptr_, percpu_trusted_ptr_";
            }
            default -> {
                // mem_types; a read-only argument also takes read-only memory
                int ignored = at.isRdonly() ? RegState.Pointer.RDONLY : 0;
                ok = reg instanceof RegState.Pointer rp && (!rp.maybeNull() || at.mayBeNull()) && switch (rp.type()) {
                    case PTR_TO_STACK, PTR_TO_PACKET, PTR_TO_PACKET_META, PTR_TO_MAP_KEY, PTR_TO_MAP_VALUE -> true;
                    case PTR_TO_MEM -> (rp.flags() & ~ignored) == 0;
                    case PTR_TO_BTF_ID -> rp.flags() == RegState.Pointer.TRUSTED;
                    default -> false;
                };
                expected = MEM_TYPES;
            }
        }
        if (!ok) {
            throw reject("EACCES", "R" + regno + " type=" + ts + " expected=" + expected);
        }
    }

    /**
     * The tail of {@code check_reg_type} for a {@code PTR_TO_BTF_ID} register: memory arguments take only a trusted
     * pointer and only to read; typed arguments need the struct the prototype names, or a struct starting with it.
     */
    private void checkBtfArg(Helpers.Proto fn, int regno, RegState reg, Helpers.Arg at, Meta meta) {
        if (!(reg instanceof RegState.Pointer rp) || rp.type() != RegType.PTR_TO_BTF_ID) {
            return;
        }
        String need;
        switch (at) {
            case PTR_TO_BTF_ID, PTR_TO_BTF_ID_OR_NULL -> need = fn.argBtf();
            case BTF_ID_SOCK_COMMON_RELEASE, BTF_ID_SOCK_COMMON -> need = "sock_common";
            case PTR_TO_MEM_RDONLY, PTR_TO_MEM_OR_NULL_RDONLY, PTR_TO_FIXED_SIZE_MEM_RDONLY -> {
                return;
            }
            case PTR_TO_PERCPU_BTF_ID -> {
                if (rp.btfId() == 0) {
                    throw reject("EACCES", "Helper has invalid btf_id in R" + regno);
                }
                meta.retBtfId = rp.btfId();
                return;
            }
            default -> throw reject("EACCES", Helpers.name(meta.funcId) + "() may write into memory pointed by R"
                    + regno + " type=" + rp.typeStr());
        }
        int needId = structId("helper " + Helpers.name(meta.funcId) + "#" + meta.funcId, need);
        if (!btf.idsMatch(rp.btfId(), rp.off(), needId, false, this::verbose)) {
            throw reject("EACCES", "R" + regno + " is of type " + rp.btfName() + " but " + need + " is expected");
        }
    }

    /** {@code check_func_arg_reg_off}. */
    private void checkFuncArgRegOff(int regno, RegState.Pointer reg, Helpers.Arg at) {
        if (at.isRelease()) {
            if (reg.off() != 0) {
                throw reject("EINVAL", "R" + regno
                        + " must have zero offset when passed to release func or trusted arg to kfunc");
            }
            checkPtrOffReg(reg, regno, false);
            return;
        }
        switch (reg.type()) {
            case PTR_TO_STACK, PTR_TO_PACKET, PTR_TO_PACKET_META, PTR_TO_MAP_KEY, PTR_TO_MAP_VALUE, PTR_TO_MEM -> {
            }
            // a per-CPU pointer is not among the PTR_TO_BTF_ID types that keep a fixed offset
            case PTR_TO_BTF_ID -> checkPtrOffReg(reg, regno, !reg.has(RegState.Pointer.PERCPU));
            default -> checkPtrOffReg(reg, regno, false);
        }
    }

    /** {@code check_helper_mem_access}. */
    private void checkHelperMemAccess(int regno, long size, boolean write, boolean zeroOk, Meta meta) {
        RegState r = regs()[regno];
        int sz = (int) size;
        if (r instanceof RegState.Pointer reg) {
            switch (reg.type()) {
                case PTR_TO_PACKET, PTR_TO_PACKET_META -> {
                    checkPacketAccess(regno, reg, reg.off(), sz, zeroOk);
                    return;
                }
                case PTR_TO_MAP_VALUE -> {
                    MapDef m = maps.get(reg.map());
                    // check_map_access_type: a map programs may only read
                    if (write && (m.flags() & MapDef.F_RDONLY_PROG) != 0) {
                        throw reject("EACCES", "write into map forbidden, value_size=" + m.valueSize() + " off="
                                + reg.off() + " size=" + sz);
                    }
                    checkMemRegionAccess(regno, reg, reg.off(), sz, m.valueSize(), zeroOk);
                    return;
                }
                case PTR_TO_MEM -> {
                    checkMemRegionAccess(regno, reg, reg.off(), sz, reg.memSize(), zeroOk);
                    return;
                }
                case PTR_TO_STACK -> {
                    checkStackRangeInitialized(regno, reg, reg.off(), sz, zeroOk, write, meta);
                    return;
                }
                case PTR_TO_BTF_ID -> {
                    checkPtrToBtfAccess(insnIdx, regno, reg, reg.off(), sz, false, -1);
                    return;
                }
                default -> {
                }
            }
        }
        if (zeroOk && size == 0 && isNullScalar(r)) {
            return;
        }
        throw reject("EACCES", "R" + regno + " type=" + RegState.typeStr(r) + " expected=fp");
    }

    /** {@code check_stack_range_initialized}, privileged: uninitialized bytes are readable. */
    private void checkStackRangeInitialized(int regno, RegState.Pointer reg, int off, int size, boolean zeroOk,
            boolean write, Meta meta) {
        if (size == 0 && !zeroOk) {
            throw reject("EACCES", "invalid zero-sized read");
        }
        checkStackAccessWithinBounds(regno, reg, off, size, write);
        long minOff;
        long maxOff;
        if (reg.var().isConst()) {
            minOff = maxOff = reg.var().constValue() + off;
        } else {
            if (meta != null && meta.rawMode) {
                meta = null;
            }
            minOff = reg.var().smin() + off;
            maxOff = reg.var().smax() + off;
        }
        if (meta != null && meta.rawMode) {
            meta.accessSize = size;
            meta.regno = regno;
            return;
        }
        FuncState f = funcOf(reg);
        for (long k = minOff; k < maxOff + size; k++) {
            int slot = (int) (-k - 1);
            int spi = slot / FuncState.REG_SIZE;
            markStackAccess(f, spi, false);
            byte t = f.slotType[spi][slot % FuncState.REG_SIZE];
            if (t == FuncState.STACK_SPILL && write) {
                f.spilled[spi] = RegState.Scalar.unknown();
                scrubSpilledSlot(f, spi);
            } else if (write && t != FuncState.STACK_MISC) {
                f.slotType[spi][slot % FuncState.REG_SIZE] = FuncState.STACK_MISC;
            }
        }
    }

    /** {@code check_mem_size_reg}. */
    private void checkMemSizeReg(RegState.Scalar reg, int regno, boolean write, boolean zeroOk, Meta meta) {
        ScalarBounds b = reg.b();
        meta.msizeMaxValue = b.umax();
        Meta m = b.isConst() ? meta : null;
        if (b.smin() < 0) {
            throw reject("EACCES", "R" + regno + " min value is negative, either use unsigned or 'var &= const'");
        }
        if (b.umin() == 0 && !zeroOk) {
            throw reject("EACCES", "R" + regno + " invalid zero-sized read: u64=[" + b.umin() + ","
                    + Long.toUnsignedString(b.umax()) + "]");
        }
        if (Long.compareUnsigned(b.umax(), MAX_VAR_OFF) >= 0) {
            throw reject("EACCES", "R" + regno + " unbounded memory access, use 'var &= const' or 'if (var < const)'");
        }
        if (m == null && meta != null) {
            meta.rawMode = false;
        }
        checkHelperMemAccess(regno - 1, b.umax(), write, zeroOk, m);
        markChainPrecision(regno);
    }

    // --- state pruning -----------------------------------------------------------------------------------------

    /** {@code is_state_visited}: 1 when an explored state covers the current one. */
    private int isStateVisited(int idx) {
        boolean forceNewState = cfg.forceCheckpoint[idx] || cur.history.size() > 40;
        boolean addNewState = forceNewState;
        if (jmpsProcessed - prevJmpsProcessed >= 2 && processed - prevInsnProcessed >= 8) {
            addNewState = true;
        }
        int bucket = bucketOf(idx, cur.cur().callsite);
        int statesCnt = bucketSize.getOrDefault(bucket, 0);
        List<VState> list = explored.computeIfAbsent(idx, k -> new ArrayList<>());
        for (java.util.Iterator<VState> it = list.iterator(); it.hasNext(); ) {
            VState sl = it.next();
            if (bucketOf(idx, sl.cur().callsite) != bucket) {
                continue;
            }
            if (sl.branches > 0) {
                if (p.code[idx] == 0x85 && p.src[idx] == 0 && Callbacks.isSyncCallbackCalling(p.imm[idx])) {
                    // a callback loop converged: this visit of the call adds nothing
                    if (statesEqual(sl, cur, Exact.RANGE_WITHIN)) {
                        sl.hitCnt++;
                        propagatePrecision(sl);
                        return 1;
                    }
                    if (!forceNewState && jmpsProcessed - prevJmpsProcessed < 20
                            && processed - prevInsnProcessed < 100) {
                        addNewState = false;
                    }
                    evictOnMiss(it, sl, idx, addNewState);
                    continue;
                }
                if (p.code[idx] == 0xe5 && sl.mayGotoDepth != cur.mayGotoDepth
                        && statesEqual(sl, cur, Exact.RANGE_WITHIN)) {
                    propagatePrecision(sl);
                    return 1;
                }
                if (sl.mayGotoDepth == cur.mayGotoDepth && sl.callbackUnrollDepth == cur.callbackUnrollDepth
                        && statesMaybeLooping(sl, cur) && statesEqual(sl, cur, Exact.EXACT)) {
                    verbose(linfo.before(idx, "; "));
                    verbose("infinite loop detected at insn " + idx + "\n");
                    verbose("cur state:");
                    verboseState(cur, cur.curframe);
                    verbose("old state:");
                    verboseState(sl, cur.curframe);
                    throw new Reject("EINVAL");
                }
                if (!forceNewState && jmpsProcessed - prevJmpsProcessed < 20
                        && processed - prevInsnProcessed < 100) {
                    addNewState = false;
                }
                evictOnMiss(it, sl, idx, addNewState);
                continue;
            }
            if (statesEqual(sl, cur, Exact.NOT_EXACT)) {
                sl.hitCnt++;
                propagatePrecision(sl);
                return 1;
            }
            evictOnMiss(it, sl, idx, addNewState);
        }
        maxStatesPerInsn = Math.max(maxStatesPerInsn, statesCnt);
        if (!addNewState) {
            return 0;
        }
        VState n = cur.copy();
        n.insnIdx = idx;
        n.explored = true;
        list.add(n);
        bucketSize.merge(bucket, 1, Integer::sum);
        totalStates++;
        peakStates++;
        prevJmpsProcessed = jmpsProcessed;
        prevInsnProcessed = processed;
        cur.parent = n;
        cur.firstInsnIdx = idx;
        cur.history = new VState.History();
        return 0;
    }

    /**
     * The miss heuristic of {@code is_state_visited}: a state that fails to prune more than {@code n} times as often
     * as it prunes is dropped from the list (3, or 64 for an in-progress checkpoint state), which also bounds the
     * work of a long loop whose states never match.
     */
    /**
     * The kernel keeps its explored states in {@code prog->len} lists hashed by instruction and callsite
     * ({@code explored_state}); a search walks its whole list, and {@code max_states_per_insn} counts every state of
     * that list, also those of other instructions that hash to it.
     */
    private final Map<Integer, Integer> bucketSize = new HashMap<>();

    private int bucketOf(int idx, int callsite) {
        return (int) (Integer.toUnsignedLong(idx ^ callsite) % p.len);
    }

    private void evictOnMiss(java.util.Iterator<VState> it, VState sl, int idx, boolean addNewState) {
        if (addNewState) {
            sl.missCnt++;
        }
        int n = cfg.forceCheckpoint[idx] && sl.branches > 0 ? 64 : 3;
        if (sl.missCnt > sl.hitCnt * n + n) {
            it.remove();
            bucketSize.merge(bucketOf(idx, sl.cur().callsite), -1, Integer::sum);
        }
    }

    private enum Exact { NOT_EXACT, RANGE_WITHIN, EXACT }

    private static boolean statesMaybeLooping(VState old, VState c) {
        if (old.curframe != c.curframe) {
            return false;
        }
        RegState[] a = old.frame[old.curframe].regs;
        RegState[] b = c.frame[c.curframe].regs;
        for (int k = 0; k < 11; k++) {
            if (!stripPrecise(a[k]).equals(stripPrecise(b[k]))) {
                return false;
            }
        }
        return true;
    }

    private static RegState stripPrecise(RegState r) {
        return r instanceof RegState.Scalar s ? s.withPrecise(false) : r;
    }

    /** The id map of one {@code states_equal} comparison ({@code struct bpf_idmap}). */
    private static final class IdMap {
        final Map<Integer, Integer> oldToCur = new HashMap<>();
        final Map<Integer, Integer> curToOld = new HashMap<>();
        int tmp = 1 << 30;

        boolean check(int oldId, int curId) {
            if (oldId == 0 && curId == 0) {
                return true;
            }
            if (oldId == 0 || curId == 0) {
                return false;
            }
            Integer c = oldToCur.get(oldId);
            Integer o = curToOld.get(curId);
            if (c == null && o == null) {
                oldToCur.put(oldId, curId);
                curToOld.put(curId, oldId);
                return true;
            }
            return c != null && c == curId && o != null && o == oldId;
        }

        boolean checkScalar(int oldId, int curId) {
            oldId = oldId != 0 ? oldId : ++tmp;
            curId = curId != 0 ? curId : ++tmp;
            return check(oldId, curId);
        }
    }

    /** {@code states_equal}. */
    private boolean statesEqual(VState old, VState c, Exact exact) {
        if (old.curframe != c.curframe) {
            return false;
        }
        IdMap idmap = new IdMap();
        if (old.refs.size() != c.refs.size()) {
            return false;
        }
        for (int k = 0; k < old.refs.size(); k++) {
            if (!idmap.check(old.refs.get(k).id(), c.refs.get(k).id())) {
                return false;
            }
        }
        for (int fr = 0; fr <= old.curframe; fr++) {
            int idx = fr == old.curframe ? old.insnIdx : old.frame[fr + 1].callsite;
            if (old.frame[fr].callsite != c.frame[fr].callsite) {
                return false;
            }
            if (!funcStatesEqual(old.frame[fr], c.frame[fr], idx, idmap, exact, old.curframe)) {
                return false;
            }
        }
        return true;
    }

    /** {@code func_states_equal}: live registers and the stack. */
    private boolean funcStatesEqual(FuncState old, FuncState c, int idx, IdMap idmap, Exact exact, int top) {
        if (old.callbackDepth > c.callbackDepth) {
            return false;
        }
        int live = idx >= 0 && idx < p.len ? cfg.liveBefore[idx] : 0x7ff;
        for (int k = 0; k < 11; k++) {
            if ((live & (1 << k)) != 0 && !regsafe(old.regs[k], c.regs[k], idmap, exact)) {
                return false;
            }
        }
        return stacksafe(old, c, idmap, exact, idx, old.frameno == top);
    }

    private static boolean rangeWithin(ScalarBounds o, ScalarBounds c) {
        return Long.compareUnsigned(o.umin(), c.umin()) <= 0 && Long.compareUnsigned(c.umax(), o.umax()) <= 0
                && o.smin() <= c.smin() && c.smax() <= o.smax()
                && Integer.compareUnsigned(o.u32min(), c.u32min()) <= 0
                && Integer.compareUnsigned(c.u32max(), o.u32max()) <= 0
                && o.s32min() <= c.s32min() && c.s32max() <= o.s32max();
    }

    /** {@code regsafe}. */
    private boolean regsafe(RegState old, RegState c, IdMap idmap, Exact exact) {
        if (exact == Exact.EXACT) {
            return stripPrecise(old).equals(stripPrecise(c)) || regsExact(old, c, idmap);
        }
        if (old instanceof RegState.NotInit) {
            return true;
        }
        if (old.kind() != c.kind()) {
            return false;
        }
        if (old instanceof RegState.Scalar os) {
            RegState.Scalar cs = (RegState.Scalar) c;
            if (!os.precise() && exact == Exact.NOT_EXACT) {
                return true;
            }
            if ((os.id() & RegState.ADD_CONST) != (cs.id() & RegState.ADD_CONST)) {
                return false;
            }
            if ((os.id() & RegState.ADD_CONST) != 0 && os.off() != cs.off()) {
                return false;
            }
            return idmap.checkScalar(os.id(), cs.id()) && rangeWithin(os.b(), cs.b())
                    && os.b().varOff().in(cs.b().varOff());
        }
        RegState.Pointer op = (RegState.Pointer) old;
        RegState.Pointer cp = (RegState.Pointer) c;
        if (op.type() != cp.type() || op.maybeNull() != cp.maybeNull() || op.ringbuf() != cp.ringbuf()
                || op.flags() != cp.flags()) {
            return false;
        }
        switch (op.type()) {
            case PTR_TO_MAP_KEY, PTR_TO_MAP_VALUE, PTR_TO_MEM -> {
                return op.off() == cp.off() && op.map() == cp.map() && op.memSize() == cp.memSize()
                        && rangeWithin(op.var(), cp.var()) && op.var().varOff().in(cp.var().varOff())
                        && idmap.check(op.id(), cp.id()) && idmap.check(op.refObjId(), cp.refObjId());
            }
            case PTR_TO_PACKET, PTR_TO_PACKET_META -> {
                if (op.range() > cp.range() || op.off() != cp.off() || !idmap.check(op.id(), cp.id())) {
                    return false;
                }
                return rangeWithin(op.var(), cp.var()) && op.var().varOff().in(cp.var().varOff());
            }
            case PTR_TO_STACK -> {
                return regsExact(op, cp, idmap) && op.frameno() == cp.frameno();
            }
            default -> {
                return regsExact(op, cp, idmap);
            }
        }
    }

    /** {@code regs_exact}: equal apart from ids, which must map consistently. */
    private static boolean regsExact(RegState a, RegState b, IdMap idmap) {
        if (a instanceof RegState.Pointer pa && b instanceof RegState.Pointer pb) {
            return pa.withId(0).withRef(0).equals(pb.withId(0).withRef(0)) && idmap.check(pa.id(), pb.id())
                    && idmap.check(pa.refObjId(), pb.refObjId());
        }
        if (a instanceof RegState.Scalar sa && b instanceof RegState.Scalar sb) {
            return sa.b().equals(sb.b()) && sa.off() == sb.off() && idmap.checkScalar(sa.id(), sb.id());
        }
        return a.kind() == b.kind();
    }

    private RegState scalarRegForStack(FuncState f, int spi) {
        if (f.isSpilledScalarReg(spi)) {
            boolean all = true;
            for (int j = 0; j < FuncState.REG_SIZE; j++) {
                all &= f.slotType[spi][j] == FuncState.STACK_SPILL;
            }
            if (all) {
                return f.spilled[spi];
            }
        }
        for (int j = 0; j < FuncState.REG_SIZE; j++) {
            byte t = f.slotType[spi][j];
            if (t != FuncState.STACK_MISC && t != FuncState.STACK_INVALID) {
                return null;
            }
        }
        return RegState.Scalar.unknown();
    }

    /** {@code stacksafe}. */
    private boolean stacksafe(FuncState old, FuncState c, IdMap idmap, Exact exact, int idx, boolean top) {
        long live = -1L;
        if (exact == Exact.NOT_EXACT && !stackLivenessOff && idx >= 0 && idx < p.len) {
            live = stackLiveIn()[idx];
        }
        for (int i = 0; i < old.allocatedStack; i++) {
            int spi = i / FuncState.REG_SIZE;
            int j = i % FuncState.REG_SIZE;
            if ((live & (1L << spi)) == 0) {
                continue;
            }
            byte ot = old.slotType[spi][j];
            if (exact == Exact.EXACT && (i >= c.allocatedStack || ot != c.slotType[spi][j])) {
                return false;
            }
            if (ot == FuncState.STACK_INVALID || ot == FuncState.STACK_MISC) {
                continue;
            }
            if (i >= c.allocatedStack) {
                return false;
            }
            RegState or = scalarRegForStack(old, spi);
            RegState cr = scalarRegForStack(c, spi);
            if (or != null && cr != null) {
                if (!regsafe(or, cr, idmap, exact)) {
                    return false;
                }
                i += FuncState.REG_SIZE - 1 - j;
                continue;
            }
            byte ct = c.slotType[spi][j];
            if (ot == FuncState.STACK_MISC && ct == FuncState.STACK_ZERO) {
                continue;
            }
            if (ot != ct) {
                return false;
            }
            if (j != FuncState.REG_SIZE - 1) {
                continue;
            }
            if (old.slotType[spi][FuncState.REG_SIZE - 1] == FuncState.STACK_SPILL
                    && !regsafe(old.spilled[spi], c.spilled[spi], idmap, exact)) {
                return false;
            }
        }
        return true;
    }

    // --- precision ---------------------------------------------------------------------------------------------

    /** A backtracking set: registers and stack slots per frame ({@code struct backtrack_state}). */
    private static final class Bt {
        final int[] regs = new int[VState.MAX_CALL_FRAMES];
        final long[] slots = new long[VState.MAX_CALL_FRAMES];
        int frame;

        boolean empty() {
            for (int f = 0; f < VState.MAX_CALL_FRAMES; f++) {
                if (regs[f] != 0 || slots[f] != 0) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final class Unsupported extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    /** {@code mark_chain_precision}. */
    private void markChainPrecision(int regno) {
        if (!(regs()[regno] instanceof RegState.Scalar)) {
            return;
        }
        Bt bt = new Bt();
        bt.frame = cur.curframe;
        bt.regs[bt.frame] = 1 << regno;
        markChainPrecisionBt(bt);
    }

    private void markSlotPrecise(int frameno, int spi) {
        Bt bt = new Bt();
        bt.frame = cur.curframe;
        bt.slots[frameno] = 1L << spi;
        markChainPrecisionBt(bt);
    }

    /** {@code __mark_chain_precision}: walk back the current path, marking the checkpoints' scalars precise. */
    private void markChainPrecisionBt(Bt bt) {
        VState st = cur;
        boolean skipFirst = true;
        // the instruction that ran after the one being backtracked ({@code subseq_idx})
        int subseq = insnIdx;
        try {
            for (;;) {
                VState.History h = st.history;
                for (int k = h.size() - 1; k >= 0; k--) {
                    if (skipFirst) {
                        skipFirst = false;
                        if (st == cur && h.idx(k) == insnIdx) {
                            subseq = insnIdx;
                            continue;
                        }
                    }
                    backtrackInsn(h.get(k), bt, subseq);
                    subseq = h.idx(k);
                    if (bt.empty()) {
                        return;
                    }
                }
                skipFirst = false;
                st = st.parent;
                if (st == null) {
                    break;
                }
                for (int fr = bt.frame; fr >= 0; fr--) {
                    FuncState f = st.frame[fr];
                    if (f == null) {
                        continue;
                    }
                    for (int r = 0; r < 11; r++) {
                        if ((bt.regs[fr] & (1 << r)) == 0) {
                            continue;
                        }
                        if (!(f.regs[r] instanceof RegState.Scalar s)) {
                            bt.regs[fr] &= ~(1 << r);
                        } else if (s.precise()) {
                            bt.regs[fr] &= ~(1 << r);
                        } else {
                            f.regs[r] = s.withPrecise(true);
                        }
                    }
                    for (int s = 0; s < 64; s++) {
                        if ((bt.slots[fr] & (1L << s)) == 0) {
                            continue;
                        }
                        if (s >= FuncState.SLOTS || !f.isSpilledScalarReg(s)) {
                            bt.slots[fr] &= ~(1L << s);
                            continue;
                        }
                        RegState.Scalar sc = (RegState.Scalar) f.spilled[s];
                        if (sc.precise()) {
                            bt.slots[fr] &= ~(1L << s);
                        } else {
                            f.spilled[s] = sc.withPrecise(true);
                        }
                    }
                }
                if (bt.empty()) {
                    return;
                }
            }
            if (!bt.empty()) {
                markAllScalarsPrecise();
            }
        } catch (Unsupported e) {
            markAllScalarsPrecise();
        }
    }

    /** {@code mark_all_scalars_precise}: the fallback when backtracking cannot follow the data flow. */
    private void markAllScalarsPrecise() {
        for (VState st = cur.parent; st != null; st = st.parent) {
            for (int fr = 0; fr <= st.curframe; fr++) {
                FuncState f = st.frame[fr];
                for (int r = 0; r < 11; r++) {
                    if (f.regs[r] instanceof RegState.Scalar s && !s.precise()) {
                        f.regs[r] = s.withPrecise(true);
                    }
                }
                for (int s = 0; s < FuncState.SLOTS; s++) {
                    if (f.isSpilledScalarReg(s) && f.spilled[s] instanceof RegState.Scalar sc && !sc.precise()) {
                        f.spilled[s] = sc.withPrecise(true);
                    }
                }
            }
        }
    }

    /** {@code backtrack_insn}: what an earlier instruction means for the registers still needing precision. */
    private void backtrackInsn(VState.Hist h, Bt bt, int subseq) {
        int i = h.idx();
        int code = p.code[i];
        int cls = code & 7;
        int op = code & 0xf0;
        int fr = bt.frame;
        int dreg = p.dst[i];
        int sreg = p.src[i];
        boolean dset = (bt.regs[fr] & (1 << dreg)) != 0;
        switch (cls) {
            case 4, 7 -> {
                if (!dset) {
                    return;
                }
                if (op == 0xd0 || op == 0x80) {
                    return;
                }
                if (op == 0xb0) {
                    bt.regs[fr] &= ~(1 << dreg);
                    if ((code & 8) != 0 && sreg != 10) {
                        bt.regs[fr] |= 1 << sreg;
                    }
                } else if ((code & 8) != 0 && sreg != 10) {
                    bt.regs[fr] |= 1 << sreg;
                }
            }
            case 1 -> {
                if (!dset) {
                    return;
                }
                bt.regs[fr] &= ~(1 << dreg);
                if (h.stackFrame() < 0) {
                    return;
                }
                bt.slots[h.stackFrame()] |= 1L << h.stackSpi();
            }
            case 2, 3 -> {
                if ((code & 0xe0) == 0xc0) {
                    if ((p.imm[i] & 1) != 0) {
                        int load = p.imm[i] == 0xf1 ? 0 : sreg;
                        if ((bt.regs[fr] & (1 << load)) != 0) {
                            bt.regs[fr] &= ~(1 << load);
                        }
                    }
                    return;
                }
                if (dset) {
                    throw new Unsupported();
                }
                if (h.stackFrame() < 0) {
                    return;
                }
                if ((bt.slots[h.stackFrame()] & (1L << h.stackSpi())) == 0) {
                    return;
                }
                bt.slots[h.stackFrame()] &= ~(1L << h.stackSpi());
                if (cls == 3) {
                    bt.regs[fr] |= 1 << sreg;
                }
            }
            case 5, 6 -> {
                if (op == 0x80) {
                    if (p.src[i] == 0 && Callbacks.isSyncCallbackCalling(p.imm[i]) && subseq >= 0 && i != subseq - 1) {
                        // back from a callback body's first instruction to the helper call: R1-R5 were set by the
                        // helper, not by the caller, so only the caller's frame stays of interest
                        if ((bt.regs[fr] & ~0x3e) != 0 || bt.slots[fr] != 0 || fr == 0) {
                            throw new Unsupported();
                        }
                        bt.regs[fr] = 0;
                        bt.frame--;
                        return;
                    }
                    if (p.src[i] == 1 && !isGlobalCall(i)) {
                        throw new Unsupported();
                    }
                    bt.regs[fr] &= ~1;
                    if ((bt.regs[fr] & 0x3e) != 0) {
                        throw new Unsupported();
                    }
                } else if (op == 0x90) {
                    if (subseq < 0 || p.code[subseq] != 0x85 || p.src[subseq] != 0
                            || !Callbacks.isSyncCallbackCalling(p.imm[subseq]) || fr + 1 >= VState.MAX_CALL_FRAMES) {
                        throw new Unsupported();
                    }
                    // a callback's exit, backwards: into the callback's frame; its R0 is not the helper's result
                    bt.regs[fr] &= ~0x3f;
                    bt.frame++;
                } else if ((code & 8) != 0 && op != 0x00 && op != 0xe0) {
                    if (!dset && (bt.regs[fr] & (1 << sreg)) == 0) {
                        return;
                    }
                    bt.regs[fr] |= (1 << sreg) | (1 << dreg);
                }
            }
            case 0 -> {
                if (!dset) {
                    return;
                }
                bt.regs[fr] &= ~(1 << dreg);
                if ((code & 0xe0) != 0) {
                    throw new Unsupported();
                }
            }
            default -> {
            }
        }
    }

    /** {@code propagate_precision}: what the explored state needed precise, the current path needs too. */
    private void propagatePrecision(VState old) {
        for (int fr = old.curframe; fr >= 0; fr--) {
            FuncState f = old.frame[fr];
            Bt bt = new Bt();
            bt.frame = cur.curframe;
            for (int r = 0; r < 11; r++) {
                if (f.regs[r] instanceof RegState.Scalar s && s.precise()) {
                    bt.regs[fr] |= 1 << r;
                }
            }
            for (int s = 0; s < FuncState.SLOTS; s++) {
                if (f.isSpilledScalarReg(s) && ((RegState.Scalar) f.spilled[s]).precise()) {
                    bt.slots[fr] |= 1L << s;
                }
            }
            if (!bt.empty()) {
                markChainPrecisionBt(bt);
            }
        }
    }
}
