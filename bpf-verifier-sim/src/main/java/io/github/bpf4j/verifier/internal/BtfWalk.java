package io.github.bpf4j.verifier.internal;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.btf.BtfType;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What the kernel's BTF says about memory reached through {@code PTR_TO_BTF_ID} and about the context of a
 * {@code tp_btf} program, ported from kernel/bpf/btf.c of Linux 6.18: {@code btf_ctx_access},
 * {@code btf_struct_walk}, {@code btf_struct_access}, {@code btf_struct_ids_match} and
 * {@code btf_nested_type_is_trusted}. Messages the kernel writes with {@code bpf_log} go to the caller's log.
 *
 * <p>Every walk over the BTF is bounded: {@link #MAX_WALK} nested structs per access, {@link #MAX_RESOLVE_DEPTH}
 * modifiers per type, so a cyclic or hostile BTF ends in an error, never in a loop.
 */
final class BtfWalk {

    /** libbpf and the kernel resolve at most 32 modifiers in a row. */
    static final int MAX_RESOLVE_DEPTH = 32;
    /** Bound on nested-struct descents in one access (the kernel relies on BTF being acyclic). */
    static final int MAX_WALK = 64;
    /** {@code MAX_BPF_FUNC_ARGS}: the tracing context holds 12 u64 slots. */
    static final int MAX_BPF_FUNC_ARGS = 12;

    private final Btf btf;

    BtfWalk(Btf btf) {
        this.btf = btf;
    }

    Btf btf() {
        return btf;
    }

    /** A failed access: the line the kernel logs and the errno it returns. */
    record Failure(String message, String errno) {}

    /**
     * The outcome of {@code btf_struct_access}: a scalar, a {@code PTR_TO_BTF_ID} to {@code nextId} with the type
     * flags the walk found ({@code flags}, {@link RegState.Pointer} bits), or untrusted read-only memory; or a
     * failure.
     */
    record Access(Kind kind, int nextId, int flags, String fieldName, Failure failure) {
        enum Kind { SCALAR, BTF_ID, MEM, FAILED }

        static Access failed(Failure f) {
            return new Access(Kind.FAILED, 0, 0, null, f);
        }
    }

    /** The context argument a {@code tp_btf} load produces: a scalar, or a pointer to struct {@code btfId}. */
    record CtxArg(boolean ok, boolean pointer, int btfId, boolean maybeNull) {
        static final CtxArg DENY = new CtxArg(false, false, 0, false);
        static final CtxArg SCALAR = new CtxArg(true, false, 0, false);
    }

    // --- type helpers (btf.h) ---------------------------------------------------------------------------------

    /** {@code btf_type_skip_modifiers}: const, volatile, restrict, type tags and typedefs. */
    int skipModifiers(int id) {
        for (int depth = 0; depth < MAX_RESOLVE_DEPTH; depth++) {
            BtfKind k = kindOf(id);
            if (!k.isModifier() && k != BtfKind.TYPEDEF) {
                return id;
            }
            id = ((BtfType.Reference) btf.type(id)).type();
        }
        return id;
    }

    private BtfKind kindOf(int id) {
        return id == 0 ? BtfKind.VOID : btf.kind(id);
    }

    private BtfType typeOf(int id) {
        return id == 0 ? BtfType.Void.INSTANCE : btf.type(id);
    }

    private boolean isStruct(int id) {
        BtfKind k = kindOf(id);
        return k == BtfKind.STRUCT || k == BtfKind.UNION;
    }

    /** {@code btf_type_name}: the name of type {@code id}, "" when anonymous. */
    String name(int id) {
        return id == 0 ? "" : btf.name(id);
    }

    /** {@code btf_type_str}: the kind's name as the kernel prints it. */
    private static String kindStr(BtfKind k) {
        return k == BtfKind.VOID ? "UNKN" : k.name();
    }

    private long sizeOfSized(BtfType t) {
        return switch (t.kind()) {
            case INT -> ((BtfType.Int) t).size();
            case STRUCT -> ((BtfType.Struct) t).size();
            case UNION -> ((BtfType.Union) t).size();
            case ENUM -> ((BtfType.Enum) t).size();
            case ENUM64 -> ((BtfType.Enum64) t).size();
            case FLOAT -> ((BtfType.Float) t).size();
            default -> -1;
        };
    }

    /** {@code __btf_resolve_size}: the size of a member type, arrays linearised. */
    private record Resolved(boolean array, int typeId, long size, int elemTypeId, int elemId, long totalNelems) {}

    private Resolved resolveSize(int id) {
        long nelems = 1;
        boolean array = false;
        int elemId = 0;
        for (int i = 0; i < MAX_RESOLVE_DEPTH; i++) {
            BtfType t = typeOf(id);
            switch (t.kind()) {
                case INT, STRUCT, UNION, ENUM, FLOAT, ENUM64, PTR -> {
                    long size = t.kind() == BtfKind.PTR ? 8 : sizeOfSized(t);
                    if (nelems != 0 && size > 0xffffffffL / nelems) {
                        return null;
                    }
                    return new Resolved(array, id, nelems * size, id, array ? elemId : 0, nelems);
                }
                case TYPEDEF, VOLATILE, CONST, RESTRICT, TYPE_TAG -> id = ((BtfType.Reference) t).type();
                case ARRAY -> {
                    BtfType.Array a = (BtfType.Array) t;
                    array = true;
                    long n = Integer.toUnsignedLong(a.nelems());
                    if (nelems != 0 && n > 0xffffffffL / nelems) {
                        return null;
                    }
                    nelems *= n;
                    elemId = a.type();
                    id = a.type();
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    // --- btf_struct_walk / btf_struct_access --------------------------------------------------------------------

    private static final int WALK_SCALAR = 0;
    private static final int WALK_PTR = 1;
    private static final int WALK_PTR_UNTRUSTED = 2;
    private static final int WALK_STRUCT = 3;

    /** The mutable outputs of one {@code btf_struct_walk}. */
    private static final class Walk {
        int nextId;
        int flags;
        String fieldName;
        Failure failure;
    }

    /** {@code btf_struct_walk}: one step of an access of {@code size} bytes at {@code off} into type {@code id}. */
    private int walk(int id, long off, int size, Walk w) {
        for (int guard = 0; guard < MAX_WALK; guard++) {
            id = skipModifiers(id);
            BtfType t = typeOf(id);
            String tname = t.name();
            if (!(t instanceof BtfType.Composite c)) {
                return fail(w, "Type '" + tname + "' is not a struct", "EINVAL");
            }
            List<BtfType.Member> members = c.members();
            int vlen = members.size();
            if (t.kind() == BtfKind.UNION && vlen != 1 && (w.flags & RegState.Pointer.UNTRUSTED) == 0) {
                // walking a union with several members yields untrusted pointers
                w.flags |= RegState.Pointer.UNTRUSTED;
            }
            long tsize = sizeOfSized(t);
            if (off + size > tsize) {
                // a flexible array as the last member relaxes the bound
                String beyond = "access beyond struct " + tname + " at off " + off + " size " + size;
                if (vlen == 0) {
                    return fail(w, beyond, "EACCES");
                }
                BtfType.Member last = members.get(vlen - 1);
                int mtype = skipModifiers(last.type());
                if (!(typeOf(mtype) instanceof BtfType.Array arr) || arr.nelems() != 0) {
                    return fail(w, beyond, "EACCES");
                }
                long moff = last.bitOffset() / 8;
                if (off < moff) {
                    return fail(w, beyond, "EACCES");
                }
                int elem = skipModifiers(arr.type());
                if (kindOf(elem) == BtfKind.INT) {
                    return WALK_SCALAR;
                }
                if (!isStruct(elem)) {
                    return fail(w, beyond, "EACCES");
                }
                long esize = sizeOfSized(typeOf(elem));
                if (esize <= 0) {
                    return fail(w, beyond, "EACCES");
                }
                off = (off - moff) % esize;
                id = elem;
                continue;
            }
            boolean again = false;
            for (BtfType.Member m : members) {
                long moff = m.bitOffset() / 8;
                if (off + size <= moff) {
                    break;
                }
                if (m.bitfieldSize() != 0) {
                    long endBit = m.bitOffset() + m.bitfieldSize();
                    if (off <= moff && (endBit + 7) / 8 <= off + size) {
                        return WALK_SCALAR;
                    }
                    continue;
                }
                if (off < moff) {
                    break;
                }
                String mname = m.name();
                Resolved r = resolveSize(m.type());
                if (r == null) {
                    return fail(w, "field " + mname + " doesn't have size", "EFAULT");
                }
                long msize = r.size();
                long mtrueEnd = moff + msize;
                if (off >= mtrueEnd) {
                    continue;
                }
                int mtypeId = r.array() ? r.elemTypeId() : r.typeId();
                int mid = r.array() ? r.elemId() : r.typeId();
                if (r.array()) {
                    if (moff == mtrueEnd) {
                        continue;
                    }
                    msize /= r.totalNelems();
                    long elemIdx = (off - moff) / msize;
                    moff += elemIdx * msize;
                }
                if (isStruct(mtypeId)) {
                    if (off == moff) {
                        w.nextId = mid;
                        return WALK_STRUCT;
                    }
                    off -= moff;
                    id = mtypeId;
                    again = true;
                    break;
                }
                if (kindOf(mtypeId) == BtfKind.PTR) {
                    if (msize != size || off != moff) {
                        return fail(w, "cannot access ptr member " + mname + " with moff " + moff + " in struct "
                                + tname + " with off " + off + " size " + size, "EACCES");
                    }
                    int target = ((BtfType.Ptr) typeOf(mtypeId)).type();
                    int tagFlag = 0;
                    if (typeOf(target) instanceof BtfType.TypeTag tag) {
                        tagFlag = switch (tag.name()) {
                            case "user" -> RegState.Pointer.USER;
                            case "percpu" -> RegState.Pointer.PERCPU;
                            case "rcu" -> RegState.Pointer.RCU;
                            default -> 0;
                        };
                    }
                    int stype = skipModifiers(target);
                    if (isStruct(stype)) {
                        w.nextId = stype;
                        w.flags |= tagFlag;
                        w.fieldName = mname;
                        return WALK_PTR;
                    }
                    return WALK_PTR_UNTRUSTED;
                }
                if (off + size > mtrueEnd && (w.flags & RegState.Pointer.UNTRUSTED) == 0) {
                    return fail(w, "access beyond the end of member " + mname + " (mend:" + mtrueEnd
                            + ") in struct " + tname + " with off " + off + " size " + size, "EACCES");
                }
                return WALK_SCALAR;
            }
            if (!again) {
                return fail(w, "struct " + tname + " doesn't have field at offset " + off, "EINVAL");
            }
        }
        return fail(w, "struct walk deeper than " + MAX_WALK + " levels", "EINVAL");
    }

    private static int fail(Walk w, String message, String errno) {
        w.failure = new Failure(message, errno);
        return -1;
    }

    /** {@code btf_struct_access}: a read of {@code size} bytes at {@code off} into the struct {@code id}. */
    Access structAccess(int id, int off, int size) {
        Walk w = new Walk();
        long o = Integer.toUnsignedLong(off);
        for (int guard = 0; guard < MAX_WALK; guard++) {
            int r = walk(id, o, size, w);
            switch (r) {
                case WALK_PTR -> {
                    return new Access(Access.Kind.BTF_ID, w.nextId, w.flags, w.fieldName, null);
                }
                case WALK_PTR_UNTRUSTED -> {
                    return new Access(Access.Kind.MEM, 0, RegState.Pointer.RDONLY | RegState.Pointer.UNTRUSTED,
                            null, null);
                }
                case WALK_SCALAR -> {
                    return new Access(Access.Kind.SCALAR, 0, 0, null, null);
                }
                case WALK_STRUCT -> {
                    id = w.nextId;
                    o = 0;
                }
                default -> {
                    return Access.failed(w.failure);
                }
            }
        }
        return Access.failed(new Failure("struct walk deeper than " + MAX_WALK + " levels", "EINVAL"));
    }

    /**
     * {@code btf_struct_ids_match}: whether the struct {@code id} at {@code off} is, or starts with, the struct
     * {@code needId}. A walk failure is logged, as the kernel does.
     */
    boolean idsMatch(int id, int off, int needId, boolean strict, Consumer<String> log) {
        if (off == 0 && id == needId) {
            return true;
        }
        if (strict) {
            return false;
        }
        long o = Integer.toUnsignedLong(off);
        for (int guard = 0; guard < MAX_WALK; guard++) {
            Walk w = new Walk();
            int r = walk(id, o, 1, w);
            if (r != WALK_STRUCT) {
                if (w.failure != null) {
                    log.accept(w.failure.message() + "\n");
                }
                return false;
            }
            if (w.nextId == needId) {
                return true;
            }
            id = w.nextId;
            o = 0;
        }
        return false;
    }

    /**
     * {@code btf_nested_type_is_trusted}: whether the kernel lists the field {@code fieldName} (of pointer type to
     * {@code btfId}) of the struct {@code regBtfId} in the struct {@code <name><suffix>} it keeps in its BTF
     * ({@code task_struct__safe_rcu} and friends).
     */
    boolean nestedTypeIs(int regBtfId, String fieldName, int btfId, String suffix) {
        if (fieldName == null || regBtfId == 0) {
            return false;
        }
        String safe = name(regBtfId) + suffix;
        if (safe.length() >= 64) {
            return false;
        }
        var found = btf.find(safe, btf.kind(regBtfId));
        if (found.isEmpty() || !(btf.type(found.getAsInt()) instanceof BtfType.Composite c)) {
            return false;
        }
        for (BtfType.Member m : c.members()) {
            if (!(typeOf(m.type()) instanceof BtfType.Ptr p)) {
                continue;
            }
            if (skipModifiers(p.type()) == btfId && fieldName.equals(m.name())) {
                return true;
            }
        }
        return false;
    }

    // --- btf_ctx_access ---------------------------------------------------------------------------------------

    /** The function prototype of the raw tracepoint {@code event}: {@code btf_trace_<event>} is a typedef to it. */
    int tracepointProto(String event) {
        var td = btf.find("btf_trace_" + event, BtfKind.TYPEDEF);
        if (td.isEmpty()) {
            return -1;
        }
        int ptr = skipModifiers(((BtfType.Typedef) btf.type(td.getAsInt())).type());
        if (kindOf(ptr) != BtfKind.PTR) {
            return -1;
        }
        int proto = ((BtfType.Ptr) btf.type(ptr)).type();
        return kindOf(proto) == BtfKind.FUNC_PROTO ? proto : -1;
    }

    /** {@code btf_ctx_arg_idx}: the argument slot {@code off} falls in, counting the whole prototype. */
    private int ctxArgIdx(BtfType.FuncProto proto, int off) {
        long offset = 0;
        List<BtfType.Param> params = proto.params();
        for (int i = 0; i < params.size(); i++) {
            offset += slotSize(params.get(i).type());
            if (off < offset) {
                return i;
            }
        }
        offset += slotSize(proto.returnType());
        if (off < offset) {
            return params.size();
        }
        return params.size() + 1;
    }

    private long slotSize(int id) {
        int t = skipModifiers(id);
        if (kindOf(t) == BtfKind.PTR) {
            return 8;
        }
        long size = Math.max(0, sizeOfSized(typeOf(t)));
        return (size + 7) / 8 * 8;
    }

    /**
     * {@code btf_ctx_access} for a BTF-enabled raw tracepoint ({@code BPF_TRACE_RAW_TP}): the first prototype
     * argument ({@code void *__data}) is not in the context; pointer arguments to structs are trusted.
     */
    CtxArg tpBtfCtxAccess(int protoId, String event, int off, int size, Consumer<String> log) {
        if (off % 8 != 0) {
            log.accept("func '" + event + "' offset " + off + " is not multiple of 8\n");
            return CtxArg.DENY;
        }
        BtfType.FuncProto proto = (BtfType.FuncProto) btf.type(protoId);
        int arg = ctxArgIdx(proto, off);
        List<BtfType.Param> args = proto.params().subList(Math.min(1, proto.params().size()), proto.params().size());
        int nrArgs = args.size();
        if (arg >= nrArgs) {
            log.accept("func '" + event + "' doesn't have " + (arg + 1) + "-th argument\n");
            return CtxArg.DENY;
        }
        int t = skipModifiers(args.get(arg).type());
        BtfKind k = kindOf(t);
        if ((k == BtfKind.INT && sizeOfSized(typeOf(t)) <= 8) || k == BtfKind.ENUM || k == BtfKind.ENUM64
                || k == BtfKind.STRUCT || k == BtfKind.UNION) {
            return CtxArg.SCALAR;
        }
        if (k != BtfKind.PTR) {
            log.accept("func '" + event + "' arg" + arg + " '" + name(t) + "' has type " + kindStr(k)
                    + ". Only pointer access is allowed\n");
            return CtxArg.DENY;
        }
        if (size != 8) {
            log.accept("func '" + event + "' size " + size + " must be 8\n");
            return CtxArg.DENY;
        }
        int pointee = ((BtfType.Ptr) btf.type(t)).type();
        if (!isStruct(skipModifiers(pointee))) {
            // a pointer to anything but a struct reads as a scalar: no walking through it
            return CtxArg.SCALAR;
        }
        boolean maybeNull = args.get(arg).name().endsWith("__nullable");
        long mask = RAW_TP_NULL_ARGS.getOrDefault(event, 0L);
        if (arg < 16 && (mask & (1L << (arg * 4))) != 0) {
            maybeNull = true;
        }
        boolean isErr = arg < 16 && (mask & (2L << (arg * 4))) != 0;
        int btfId = skipModifiers(pointee);
        log.accept("func '" + event + "' arg" + arg + " has btf_id " + btfId + " type " + kindStr(kindOf(btfId))
                + " '" + name(btfId) + "'\n");
        if (isErr) {
            log.accept("marking pointer arg" + arg + " as scalar as it may encode error");
            return CtxArg.SCALAR;
        }
        return new CtxArg(true, true, btfId, maybeNull);
    }

    /**
     * {@code raw_tp_null_args} of kernel/bpf/btf.c: tracepoints whose arguments may be NULL (bit {@code 4*arg}) or
     * an error pointer (bit {@code 4*arg+1}), {@code arg} counted as {@code btf_ctx_arg_idx} counts.
     */
    private static final Map<String, Long> RAW_TP_NULL_ARGS = Map.ofEntries(
            Map.entry("sched_pi_setprio", 0x10L), Map.entry("sched_stick_numa", 0x100L),
            Map.entry("sched_swap_numa", 0x100L), Map.entry("afs_make_fs_call", 0x10L),
            Map.entry("afs_make_fs_calli", 0x10L), Map.entry("afs_make_fs_call1", 0x10L),
            Map.entry("afs_make_fs_call2", 0x10L), Map.entry("afs_protocol_error", 0x1L),
            Map.entry("afs_flock_ev", 0x10L), Map.entry("cachefiles_lookup", 0x201L),
            Map.entry("cachefiles_unlink", 0x1L), Map.entry("cachefiles_rename", 0x1L),
            Map.entry("cachefiles_prep_read", 0x1L), Map.entry("cachefiles_mark_active", 0x1L),
            Map.entry("cachefiles_mark_failed", 0x1L), Map.entry("cachefiles_mark_inactive", 0x1L),
            Map.entry("cachefiles_vfs_error", 0x1L), Map.entry("cachefiles_io_error", 0x1L),
            Map.entry("cachefiles_ondemand_open", 0x1L), Map.entry("cachefiles_ondemand_copen", 0x1L),
            Map.entry("cachefiles_ondemand_close", 0x1L), Map.entry("cachefiles_ondemand_read", 0x1L),
            Map.entry("cachefiles_ondemand_cread", 0x1L), Map.entry("cachefiles_ondemand_fd_write", 0x1L),
            Map.entry("cachefiles_ondemand_fd_release", 0x1L), Map.entry("ext4_mballoc_discard", 0x10L),
            Map.entry("ext4_mballoc_free", 0x10L), Map.entry("fib_table_lookup", 0x100L),
            Map.entry("posix_lock_inode", 0x10L), Map.entry("fcntl_setlk", 0x10L),
            Map.entry("locks_remove_posix", 0x10L), Map.entry("flock_lock_inode", 0x10L),
            Map.entry("break_lease_noblock", 0x10L), Map.entry("break_lease_block", 0x10L),
            Map.entry("break_lease_unblock", 0x10L), Map.entry("generic_delete_lease", 0x10L),
            Map.entry("time_out_leases", 0x10L), Map.entry("host1x_cdma_push_gather", 0x10000L),
            Map.entry("mm_khugepaged_scan_pmd", 0x10L), Map.entry("mm_collapse_huge_page_isolate", 0x1L),
            Map.entry("mm_khugepaged_scan_file", 0x10L), Map.entry("mm_khugepaged_collapse_file", 0x10L),
            Map.entry("mm_page_alloc", 0x1L), Map.entry("mm_page_pcpu_drain", 0x1L),
            Map.entry("mm_page_alloc_zone_locked", 0x1L), Map.entry("netfs_failure", 0x10L),
            Map.entry("device_pm_callback_start", 0x10L), Map.entry("qdisc_dequeue", 0x1000L),
            Map.entry("rxrpc_recvdata", 0x1L), Map.entry("rxrpc_resend", 0x10L), Map.entry("rxrpc_tq", 0x10L),
            Map.entry("rxrpc_client", 0x1L), Map.entry("kfree_skb", 0x1000L),
            Map.entry("xs_stream_read_data", 0x1L), Map.entry("xprt_reserve_cong", 0x10L),
            Map.entry("xprt_release_cong", 0x10L), Map.entry("xprt_get_cong", 0x10L),
            Map.entry("xprt_put_cong", 0x10L), Map.entry("tcp_send_reset", 0x11L),
            Map.entry("tcp_sendmsg_locked", 0x100L), Map.entry("tegra_dma_tx_status", 0x100L),
            Map.entry("tmigr_update_events", 0x1L), Map.entry("writeback_dirty_folio", 0x10L),
            Map.entry("folio_wait_writeback", 0x10L), Map.entry("mr_integ_alloc", 0x2000L),
            Map.entry("amdgpu_vm_bo_map", 0x1L), Map.entry("amdgpu_vm_bo_unmap", 0x1L),
            Map.entry("netfs_folioq", 0x1L), Map.entry("xfs_defer_create_intent", 0x1L),
            Map.entry("xfs_defer_cancel_list", 0x1L), Map.entry("xfs_defer_pending_finish", 0x1L),
            Map.entry("xfs_defer_pending_abort", 0x1L), Map.entry("xfs_defer_relog_intent", 0x1L),
            Map.entry("xfs_defer_isolate_paused", 0x1L), Map.entry("xfs_defer_item_pause", 0x1L),
            Map.entry("xfs_defer_item_unpause", 0x1L), Map.entry("xfs_defer_add_item", 0x1L),
            Map.entry("xfs_defer_cancel_item", 0x1L), Map.entry("xfs_defer_finish_item", 0x1L),
            Map.entry("xfs_ioc_free_eofblocks", 0x10L), Map.entry("xfs_blockgc_free_space", 0x10L),
            Map.entry("xfs_btree_updkeys", 0x100L), Map.entry("xfs_btree_overlapped_query_range", 0x100L),
            Map.entry("xfs_map_blocks_found", 0x10000L), Map.entry("xfs_map_blocks_alloc", 0x10000L),
            Map.entry("xfs_iomap_alloc", 0x1000L), Map.entry("xfs_iomap_found", 0x1000L),
            Map.entry("xfs_inodegc_flush", 0x1L), Map.entry("xfs_inodegc_push", 0x1L),
            Map.entry("xfs_inodegc_start", 0x1L), Map.entry("xfs_inodegc_stop", 0x1L),
            Map.entry("xfs_inodegc_queue", 0x1L), Map.entry("xfs_inodegc_throttle", 0x1L),
            Map.entry("xfs_fs_sync_fs", 0x1L), Map.entry("xfs_blockgc_start", 0x1L),
            Map.entry("xfs_blockgc_stop", 0x1L), Map.entry("xfs_blockgc_worker", 0x1L),
            Map.entry("xfs_blockgc_flush_all", 0x1L), Map.entry("xchk_nlinks_live_update", 0x10L),
            Map.entry("xchk_metapath_lookup", 0x100L), Map.entry("nfsd_dirent", 0x1L),
            Map.entry("nfsd_file_acquire", 0x1001L), Map.entry("nfsd_file_insert_err", 0x1L),
            Map.entry("nfsd_file_cons_err", 0x1L), Map.entry("nfs4_setup_sequence", 0x1L),
            Map.entry("pnfs_update_layout", 0x10000L), Map.entry("nfs4_inode_callback_event", 0x200L),
            Map.entry("nfs4_inode_stateid_callback_event", 0x200L),
            Map.entry("pnfs_mds_fallback_pg_init_read", 0x10000L),
            Map.entry("pnfs_mds_fallback_pg_init_write", 0x10000L),
            Map.entry("pnfs_mds_fallback_pg_get_mirror_count", 0x10000L),
            Map.entry("pnfs_mds_fallback_read_done", 0x10000L),
            Map.entry("pnfs_mds_fallback_write_done", 0x10000L),
            Map.entry("pnfs_mds_fallback_read_pagelist", 0x10000L),
            Map.entry("pnfs_mds_fallback_write_pagelist", 0x10000L), Map.entry("coda_dec_pic_run", 0x10L),
            Map.entry("coda_dec_pic_done", 0x10L), Map.entry("cfg80211_scan_done", 0x11L),
            Map.entry("rdev_set_coalesce", 0x10L), Map.entry("cfg80211_report_wowlan_wakeup", 0x100L),
            Map.entry("cfg80211_inform_bss_frame", 0x100L), Map.entry("cfg80211_michael_mic_failure", 0x10000L),
            Map.entry("wiphy_work_queue", 0x10L), Map.entry("wiphy_work_run", 0x10L),
            Map.entry("wiphy_work_cancel", 0x10L), Map.entry("wiphy_work_flush", 0x10L),
            Map.entry("hugetlbfs_alloc_inode", 0x10L), Map.entry("spufs_context", 0x10L),
            Map.entry("kvm_page_fault_enter", 0x100L), Map.entry("dpu_crtc_setup_mixer", 0x100L),
            Map.entry("binder_transaction", 0x100L), Map.entry("btree_path_free", 0x100L),
            Map.entry("hfi1_sdma_progress", 0x1000L), Map.entry("iptfs_ingress_postq_event", 0x1000L),
            Map.entry("neigh_update", 0x10L), Map.entry("amdtp_packet", 0x100L));
}
