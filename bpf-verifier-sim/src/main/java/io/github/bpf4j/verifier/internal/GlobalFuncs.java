package io.github.bpf4j.verifier.internal;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.btf.BtfType;
import io.github.bpf4j.verifier.ProgType;
import io.github.bpf4j.verifier.ProgramInput;
import java.util.ArrayList;
import java.util.List;

/**
 * The subprograms as the program's BTF describes them ({@code bpf_func_info} with the object's {@code .BTF}): each
 * one's name and linkage, and the verifier's view of a global function's arguments, derived from its
 * {@code FUNC_PROTO} as {@code btf_prepare_func_args} (kernel/bpf/btf.c, Linux 6.18) derives them: a pointer to the
 * program type's context struct is {@code PTR_TO_CTX}, an integer or enum is any scalar, any other pointer is
 * nullable memory of the pointee's size; the declaration tags {@code arg:ctx} and {@code arg:nonnull} (libbpf's
 * {@code __arg_ctx}, {@code __arg_nonnull}) make an argument the context or memory that is never NULL. The tags
 * that type arguments by the kernel's BTF ({@code arg:trusted}, {@code arg:untrusted}, {@code arg:arena}) are not
 * simulated.
 */
final class GlobalFuncs {

    /** {@code bpf_subprog_arg_info}'s argument kinds modelled here. */
    enum ArgKind {
        /** {@code ARG_PTR_TO_CTX}. */
        CTX,
        /** {@code ARG_ANYTHING}: a scalar. */
        ANYTHING,
        /** {@code ARG_PTR_TO_MEM}, with {@code PTR_MAYBE_NULL} unless tagged {@code arg:nonnull}. */
        MEM
    }

    /** One argument: its kind and, for memory, the pointee's size and whether it may be NULL. */
    record Arg(ArgKind kind, long memSize, boolean nullable) {}

    /**
     * What {@code btf_prepare_func_args} found: the arguments, or the message of its refusal (null: silent) with the
     * errno the call then fails with.
     */
    record Prepared(List<Arg> args, boolean returnsVoid, String error, String errno) {
        boolean ok() {
            return args != null;
        }
    }

    private final Btf btf;
    private final ProgType type;
    private final List<ProgramInput.FuncInfo> funcs;
    private final Prepared[] prepared;
    /** {@code func_info_aux[].unreliable}: the BTF does not describe how the subprogram is called. */
    private final boolean[] unreliable;
    /** {@code subprog_aux()->called} and {@code ->verified} of the global functions. */
    final boolean[] called;
    final boolean[] verified;

    private GlobalFuncs(Btf btf, ProgType type, List<ProgramInput.FuncInfo> funcs) {
        this.btf = btf;
        this.type = type;
        this.funcs = funcs;
        this.prepared = new Prepared[funcs.size()];
        this.unreliable = new boolean[funcs.size()];
        this.called = new boolean[funcs.size()];
        this.verified = new boolean[funcs.size()];
    }

    /** The program's functions, or null when the load carries no func_info or its BTF is unknown. */
    static GlobalFuncs of(Btf btf, ProgType type, List<ProgramInput.FuncInfo> funcs) {
        return btf == null || funcs.isEmpty() ? null : new GlobalFuncs(btf, type, funcs);
    }

    /**
     * {@code check_btf_func}'s layout checks: one record per subprogram, at its first instruction, naming a FUNC.
     * Returns the kernel's message or null.
     */
    String checkLayout(List<Integer> subprogStarts) {
        if (funcs.size() != subprogStarts.size()) {
            return "number of funcs in func_info doesn't match number of subprogs";
        }
        for (int i = 0; i < funcs.size(); i++) {
            ProgramInput.FuncInfo f = funcs.get(i);
            if (f.typeId() <= 0 || f.typeId() >= btf.typeCount() || btf.kind(f.typeId()) != BtfKind.FUNC) {
                return "invalid type id " + f.typeId();
            }
            if (f.insn() != subprogStarts.get(i)) {
                return "func_info BTF section doesn't match subprog layout in BPF program";
            }
        }
        return null;
    }

    /** {@code subprog_is_global}. */
    boolean isGlobal(int subprog) {
        return func(subprog).linkage() == BtfType.Linkage.GLOBAL;
    }

    /** {@code subprog_name}. */
    String name(int subprog) {
        return func(subprog).name();
    }

    boolean unreliable(int subprog) {
        return unreliable[subprog];
    }

    void markUnreliable(int subprog) {
        unreliable[subprog] = true;
    }

    private BtfType.Func func(int subprog) {
        return btf.type(funcs.get(subprog).typeId(), BtfType.Func.class);
    }

    /** {@code btf_prepare_func_args}: cached once it succeeds, as the kernel's {@code args_cached}. */
    Prepared prepare(int subprog) {
        Prepared p = prepared[subprog];
        if (p == null || !p.ok()) {
            p = derive(subprog);
            if (p.ok()) {
                prepared[subprog] = p;
            }
        }
        return p;
    }

    private static final int MAX_BPF_FUNC_REG_ARGS = 5;

    private Prepared derive(int subprog) {
        BtfType.Func fn = func(subprog);
        boolean global = fn.linkage() == BtfType.Linkage.GLOBAL;
        String tname = fn.name();
        if (!valid(fn.type()) || !(btf.type(fn.type()) instanceof BtfType.FuncProto proto)) {
            return fail("Invalid type of function " + tname + "()");
        }
        List<BtfType.Param> params = proto.params();
        if (params.size() > MAX_BPF_FUNC_REG_ARGS) {
            return fail(global ? "Global function " + tname + "() with " + params.size() + " > "
                    + MAX_BPF_FUNC_REG_ARGS + " args. Buggy compiler." : null);
        }
        for (BtfType.Param param : proto.params()) {
            if (!valid(param.type())) {
                return fail("Invalid type of function " + tname + "()");
            }
        }
        if (!valid(proto.returnType())) {
            return fail("Invalid type of function " + tname + "()");
        }
        int ret = btf.skipModsAndTypedefs(proto.returnType());
        BtfKind rk = btf.kind(ret);
        // 6.18 wants a scalar: a void global function is refused (later kernels accept it)
        boolean returnsVoid = false;
        if (rk != BtfKind.INT && rk != BtfKind.ENUM && rk != BtfKind.ENUM64) {
            return fail(global ? "Global function " + tname + "() doesn't return scalar. Only those are supported."
                    : null);
        }
        List<Arg> args = new ArrayList<>(params.size());
        int funcId = funcs.get(subprog).typeId();
        for (int i = 0; i < params.size(); i++) {
            Object tagged = argTags(funcId, i, global);
            if (tagged instanceof Prepared refusal) {
                return refusal;
            }
            int tags = (Integer) tagged;
            int t = btf.skipModsAndTypedefs(params.get(i).type());
            BtfType tt = btf.type(t);
            if (tt instanceof BtfType.Ptr ptr) {
                if ((tags & TAG_CTX) != 0 || isProgCtxType(ptr.type())) {
                    if ((tags & ~TAG_CTX) != 0) {
                        return fail("arg#" + i + " has invalid combination of tags");
                    }
                    // btf_validate_prog_ctx_type: a tagged void pointer is always the context; other pointee types
                    // are checked against the program type's context by rules not ported here
                    if ((tags & TAG_CTX) != 0 && btf.kind(btf.skipModsAndTypedefs(ptr.type())) != BtfKind.VOID
                            && !isProgCtxType(ptr.type())) {
                        return new Prepared(null, false, "arg#" + i + ": an arg:ctx argument of a type other than "
                                + "void * or the context struct is not simulated", "EINVAL");
                    }
                    args.add(new Arg(ArgKind.CTX, 0, false));
                    continue;
                }
                if ((tags & TAG_BTF) != 0) {
                    return new Prepared(null, false, "arg#" + i + ": arg:trusted, arg:untrusted and arg:arena "
                            + "arguments are not simulated", "EINVAL");
                }
                if ((tags & ~TAG_NONNULL) != 0) {
                    return fail("arg#" + i + " has invalid combination of tags");
                }
                long size = resolveSize(ptr.type());
                if (size < 0) {
                    // btf_resolve_size's error names the pointee type (void prints as UNKNOWN)
                    int pointee = btf.skipModsAndTypedefs(ptr.type());
                    String kind = kindStr(btf.kind(pointee));
                    return fail(global ? "arg#" + i + " reference type('" + kind + " " + btf.name(pointee)
                            + "') size cannot be determined: -22" : null);
                }
                args.add(new Arg(ArgKind.MEM, size, (tags & TAG_NONNULL) == 0));
                continue;
            }
            if (tags != 0) {
                return fail("arg#" + i + " has pointer tag, but is not a pointer type");
            }
            BtfKind k = btf.kind(t);
            if (k == BtfKind.INT || k == BtfKind.ENUM || k == BtfKind.ENUM64) {
                args.add(new Arg(ArgKind.ANYTHING, 0, false));
                continue;
            }
            return fail(global ? "Arg#" + i + " type " + kindStr(k) + " in " + tname + "() is not supported yet."
                    : null);
        }
        return new Prepared(List.copyOf(args), returnsVoid, null, null);
    }

    /** Whether {@code id} names a type of the BTF (ids come from the object: never trusted). */
    private boolean valid(int id) {
        return id >= 0 && id < btf.typeCount();
    }

    private static Prepared fail(String message) {
        return new Prepared(null, false, message, "EINVAL");
    }

    private static final int TAG_CTX = 1;
    private static final int TAG_NONNULL = 2;
    private static final int TAG_NULLABLE = 4;
    /** {@code arg:trusted}, {@code arg:untrusted}, {@code arg:arena}: not simulated. */
    private static final int TAG_BTF = 8;

    /**
     * The {@code arg:} declaration tags of parameter {@code i} ({@code btf_find_next_decl_tag}) as a bit set, or a
     * refusal: tags on a static function, or a tag the kernel does not know.
     */
    private Object argTags(int funcId, int i, boolean global) {
        int tags = 0;
        for (int id = 1; id < btf.typeCount(); id++) {
            if (!(btf.type(id) instanceof BtfType.DeclTag tag) || tag.type() != funcId || tag.componentIdx() != i
                    || !tag.name().startsWith("arg:")) {
                continue;
            }
            if (!global) {
                return new Prepared(null, false, "arg#" + i + " type tag is not supported in static functions",
                        "EOPNOTSUPP");
            }
            switch (tag.name().substring(4)) {
                case "ctx" -> tags |= TAG_CTX;
                case "nonnull" -> tags |= TAG_NONNULL;
                case "nullable" -> tags |= TAG_NULLABLE;
                case "trusted", "untrusted", "arena" -> tags |= TAG_BTF;
                default -> {
                    return new Prepared(null, false, "arg#" + i + " has unsupported set of tags", "EOPNOTSUPP");
                }
            }
        }
        return tags;
    }

    /** {@code btf_resolve_size}: the size of the type, arrays multiplied out; -1 when it has none (void, fwd, func). */
    private long resolveSize(int id) {
        long n = 1;
        for (int depth = 0; depth < 32; depth++) {
            id = btf.skipModsAndTypedefs(id);
            BtfType t = btf.type(id);
            switch (t.kind()) {
                case INT, ENUM, ENUM64, STRUCT, UNION, PTR, FLOAT -> {
                    return n * btf.sizeOf(id);
                }
                case ARRAY -> {
                    BtfType.Array a = (BtfType.Array) t;
                    n *= a.nelems();
                    id = a.type();
                }
                default -> {
                    return -1;
                }
            }
        }
        return -1;
    }

    /**
     * {@code btf_is_prog_ctx_type}: whether the pointee is the program type's context struct, by name (the
     * kernel compares names only), also under its kernel-side name for {@code __sk_buff} and {@code xdp_md}.
     */
    private boolean isProgCtxType(int pointee) {
        if (type == ProgType.KPROBE) {
            int t = pointee;
            for (int depth = 0; depth < 32 && btf.type(t) instanceof BtfType.Reference r
                    && !(r instanceof BtfType.Typedef) && !(r instanceof BtfType.Ptr); depth++) {
                t = r.type();
            }
            if (btf.type(t) instanceof BtfType.Typedef td && "bpf_user_pt_regs_t".equals(td.name())) {
                return true;
            }
        }
        int s = btf.skipModsAndTypedefs(pointee);
        if (btf.kind(s) != BtfKind.STRUCT) {
            return false;
        }
        String tname = btf.name(s);
        return switch (type) {
            case SOCKET_FILTER, SCHED_CLS, SCHED_ACT, CGROUP_SKB -> tname.equals("__sk_buff")
                    || tname.equals("sk_buff");
            case XDP -> tname.equals("xdp_md") || tname.equals("xdp_buff");
            // bpf_user_pt_regs_t is struct pt_regs on x86_64
            case KPROBE -> tname.equals("pt_regs");
            case PERF_EVENT -> tname.equals("bpf_perf_event_data");
            case RAW_TRACEPOINT -> tname.equals("bpf_raw_tracepoint_args");
            case CGROUP_SOCK -> tname.equals("bpf_sock");
            case CGROUP_DEVICE -> tname.equals("bpf_cgroup_dev_ctx");
            // tracepoint's context is __u64, tracing's void: only an arg:ctx tag makes an argument the context
            case TRACEPOINT, TRACING -> false;
        };
    }

    /** {@code btf_type_str}. */
    private static String kindStr(BtfKind k) {
        return switch (k) {
            case VOID -> "UNKNOWN";
            default -> k.name();
        };
    }
}
