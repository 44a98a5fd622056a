package io.github.bpf4j.verifier.internal;

import io.github.bpf4j.verifier.ProgType;
import io.github.bpf4j.verifier.internal.protos.Arg;
import io.github.bpf4j.verifier.internal.protos.HelperProto;
import io.github.bpf4j.verifier.internal.protos.HelperProtos;
import io.github.bpf4j.verifier.internal.protos.ProgTypeName;
import io.github.bpf4j.verifier.internal.protos.TypeFlag;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checker's prototype of every helper a program type is offered: the hand-written one of {@link Helpers} where
 * the helper has semantics of its own (references, callbacks, BTF types, per-CPU variables, ring buffers), else one
 * derived from the Linux 6.18 prototype table ({@link HelperProtos}) when its argument and return types are among
 * those the checker models. A derived prototype never replaces a hand-written one: {@link #proto} asks
 * {@link Helpers#proto} first, and {@code DerivedHelpersTest} checks that the two agree wherever both exist.
 *
 * <p>A type the checker lacks (timers, spin locks, dynptrs, kptrs, callbacks, constant strings, a BTF-typed return,
 * a BTF-typed argument that may be NULL) or an {@code allowed} callback leaves the helper unmapped, and the checker
 * answers that it is not simulated.
 */
final class DerivedHelpers {

    private DerivedHelpers() {
    }

    /** Derived prototypes per program type, computed on first use; verifiers on several threads share it. */
    private static final Map<ProgType, Map<Integer, Optional<Helpers.Proto>>> CACHE = new EnumMap<>(ProgType.class);

    static {
        for (ProgType t : ProgType.values()) {
            CACHE.put(t, new ConcurrentHashMap<>());
        }
    }

    /**
     * The prototype the checker uses for helper {@code id} in a program of {@code type}: the hand-written one, else
     * the derived one, else {@code null} (the helper is not offered to the type, or not simulated).
     */
    static Helpers.Proto proto(int id, ProgType type) {
        Helpers.Proto hand = Helpers.proto(id);
        if (hand != null) {
            return hand;
        }
        return CACHE.get(type).computeIfAbsent(id, k -> kernelProto(k, type).map(p -> derive(p, type))).orElse(null);
    }

    /** The kernel's prototype of helper {@code id} for {@code type} ({@code get_func_proto}), if it offers one. */
    static Optional<HelperProto> kernelProto(int id, ProgType type) {
        return HelperProtos.lookup(id, ProgTypeName.valueOf(type.name()));
    }

    /** The checker's prototype for {@code p}, or {@code null} when a type of it is not modelled. */
    static Helpers.Proto derive(HelperProto p, ProgType type) {
        int id = p.helper().id();
        if (p.allowed() || id == SNPRINTF) {
            // an allowed callback decides by the attach point (d_path's allowlist, sk_storage in tracing);
            // snprintf's format string is parsed at verification time (check_bpf_snprintf_call)
            return null;
        }
        Set<TypeFlag> rf = p.ret().flags();
        Helpers.Ret ret = switch (p.ret().base()) {
            case INTEGER -> rf.isEmpty() ? Helpers.Ret.INTEGER : null;
            case VOID -> rf.isEmpty() ? Helpers.Ret.VOID : null;
            // get_listener_sock: a socket the program holds no reference to
            case PTR_TO_SOCKET -> rf.equals(EnumSet.of(TypeFlag.PTR_MAYBE_NULL)) && !Helpers.isAcquire(id)
                    ? Helpers.Ret.PTR_TO_SOCKET_OR_NULL : null;
            // get_local_storage: the cgroup's value; map_lookup_percpu_elem: the value of one CPU
            case PTR_TO_MAP_VALUE -> rf.isEmpty() ? Helpers.Ret.PTR_TO_MAP_VALUE
                    : rf.equals(EnumSet.of(TypeFlag.PTR_MAYBE_NULL)) ? Helpers.Ret.PTR_TO_MAP_VALUE_OR_NULL : null;
            // the skc_to_* casts, sock_from_file: a kernel struct or NULL
            case PTR_TO_BTF_ID -> rf.equals(EnumSet.of(TypeFlag.PTR_MAYBE_NULL)) && p.ret().btfId() != null
                    && !p.ret().btfId().equals("?") ? Helpers.Ret.PTR_TO_BTF_ID_OR_NULL : null;
            default -> null;
        };
        if (ret == null) {
            return null;
        }
        Helpers.Arg[] args = new Helpers.Arg[p.argCount()];
        String argBtf = null;
        for (int i = 0; i < args.length; i++) {
            Arg a = p.args().get(i);
            if (a.base() == io.github.bpf4j.verifier.internal.protos.ArgType.PTR_TO_BTF_ID && a.btfId() != null
                    && !a.btfId().equals("?") && argBtf == null
                    && (a.flags().isEmpty() || a.flags().equals(EnumSet.of(TypeFlag.PTR_MAYBE_NULL)))) {
                // one kernel struct per prototype: the checker keeps a single arg_btf_id
                args[i] = a.flags().isEmpty() ? Helpers.Arg.PTR_TO_BTF_ID : Helpers.Arg.PTR_TO_BTF_ID_OR_NULL;
                argBtf = a.btfId();
                continue;
            }
            args[i] = arg(a);
            if (args[i] == null) {
                return null;
            }
        }
        return new Helpers.Proto(id, ret, args, EnumSet.of(type), argBtf,
                ret == Helpers.Ret.PTR_TO_BTF_ID_OR_NULL ? p.ret().btfId() : null);
    }

    /** The checker's argument type for a prototype's argument, or {@code null} when it has none. */
    static Helpers.Arg arg(Arg a) {
        Set<TypeFlag> f = a.flags();
        return switch (a.base()) {
            case ANYTHING -> f.isEmpty() ? Helpers.Arg.ANYTHING : null;
            case CONST_MAP_PTR -> f.isEmpty() ? Helpers.Arg.CONST_MAP_PTR : null;
            case PTR_TO_MAP_KEY -> f.isEmpty() ? Helpers.Arg.PTR_TO_MAP_KEY : null;
            case PTR_TO_MAP_VALUE -> f.isEmpty() ? Helpers.Arg.PTR_TO_MAP_VALUE
                    : f.equals(EnumSet.of(TypeFlag.MEM_UNINIT, TypeFlag.MEM_WRITE))
                    ? Helpers.Arg.PTR_TO_UNINIT_MAP_VALUE
                    : f.equals(EnumSet.of(TypeFlag.PTR_MAYBE_NULL)) ? Helpers.Arg.PTR_TO_MAP_VALUE_OR_NULL : null;
            case PTR_TO_CTX -> f.isEmpty() ? Helpers.Arg.PTR_TO_CTX
                    : f.equals(EnumSet.of(TypeFlag.PTR_MAYBE_NULL)) ? Helpers.Arg.PTR_TO_CTX_OR_NULL : null;
            case CONST_SIZE -> f.isEmpty() ? Helpers.Arg.CONST_SIZE : null;
            case CONST_SIZE_OR_ZERO -> f.isEmpty() ? Helpers.Arg.CONST_SIZE_OR_ZERO : null;
            case PTR_TO_MEM -> f.contains(TypeFlag.MEM_FIXED_SIZE) ? fixedMemArg(f) : memArg(f);
            case PTR_TO_BTF_ID_SOCK_COMMON -> f.isEmpty() ? Helpers.Arg.BTF_ID_SOCK_COMMON : null;
            case PTR_TO_SOCK_COMMON -> f.isEmpty() ? Helpers.Arg.PTR_TO_SOCK_COMMON : null;
            case PTR_TO_CONST_STR -> f.isEmpty() ? Helpers.Arg.PTR_TO_CONST_STR : null;
            default -> null;
        };
    }

    private static Helpers.Arg fixedMemArg(Set<TypeFlag> f) {
        Set<TypeFlag> rest = EnumSet.copyOf(f);
        rest.removeAll(EnumSet.of(TypeFlag.MEM_FIXED_SIZE, TypeFlag.MEM_ALIGNED, TypeFlag.MEM_UNINIT));
        if (rest.equals(EnumSet.of(TypeFlag.MEM_RDONLY)) && !f.contains(TypeFlag.MEM_UNINIT)) {
            return Helpers.Arg.PTR_TO_FIXED_SIZE_MEM_RDONLY;
        }
        return rest.equals(EnumSet.of(TypeFlag.MEM_WRITE)) ? Helpers.Arg.PTR_TO_FIXED_SIZE_MEM : null;
    }

    /** Argument {@code arg} (0-based) of the kernel's prototype of helper {@code id} for {@code type}. */
    static Arg kernelArg(int id, ProgType type, int arg) {
        return kernelProto(id, type).orElseThrow().args().get(arg);
    }

    private static Helpers.Arg memArg(Set<TypeFlag> f) {
        if (f.equals(EnumSet.of(TypeFlag.MEM_RDONLY))) {
            return Helpers.Arg.PTR_TO_MEM_RDONLY;
        }
        if (f.equals(EnumSet.of(TypeFlag.MEM_UNINIT, TypeFlag.MEM_WRITE))) {
            return Helpers.Arg.PTR_TO_UNINIT_MEM;
        }
        if (f.equals(EnumSet.of(TypeFlag.MEM_WRITE))) {
            return Helpers.Arg.PTR_TO_MEM_WRITE;
        }
        if (f.equals(EnumSet.of(TypeFlag.PTR_MAYBE_NULL, TypeFlag.MEM_RDONLY))) {
            return Helpers.Arg.PTR_TO_MEM_OR_NULL_RDONLY;
        }
        if (f.equals(EnumSet.of(TypeFlag.PTR_MAYBE_NULL, TypeFlag.MEM_WRITE))) {
            return Helpers.Arg.PTR_TO_MEM_OR_NULL_WRITE;
        }
        return null;
    }

    /**
     * {@code may_access_direct_pkt_data(env, meta, BPF_READ)} as {@code check_func_arg} asks it: whether a packet
     * pointer may be passed to helper {@code id}. The program types with direct packet access defer to the
     * prototype's {@code pkt_access}; the others refuse.
     */
    static boolean mayPassPacket(ProgType type, int id) {
        if (!ProgRules.mayAccessDirectPktData(type, false)) {
            return false;
        }
        return kernelProto(id, type).map(HelperProto::pktAccess).orElse(false);
    }

    /**
     * The refusal {@code check_helper_call} makes about the prototype itself before any argument (the program is
     * GPL-compatible and never sleepable here, and no simulated helper has an {@code allowed} callback), or null.
     */
    static String callRefusal(int id, ProgType type) {
        return kernelProto(id, type).flatMap(p -> HelperProtos.callRefusal(p, true, false, false)).orElse(null);
    }

    /**
     * {@code bpf_helper_changes_pkt_data} (net/core/filter.c, Linux 6.18): after these calls every packet pointer is
     * invalid ({@code clear_all_pkt_pointers}). A tail call does not count: the live kernel keeps the caller's packet
     * pointers valid after {@code bpf_tail_call} (corpus {@code hd_pktchg_tail_call}).
     */
    private static final int SNPRINTF = MapFuncCompat.id("snprintf");

    static boolean changesPktData(int id) {
        return CHANGES_PKT_DATA.contains(id);
    }

    private static final Set<Integer> CHANGES_PKT_DATA = MapFuncCompat.ids("clone_redirect", "l3_csum_replace",
            "l4_csum_replace", "lwt_push_encap", "lwt_seg6_action", "lwt_seg6_adjust_srh", "lwt_seg6_store_bytes",
            "msg_pop_data", "msg_pull_data", "msg_push_data", "skb_adjust_room", "skb_change_head",
            "skb_change_proto", "skb_change_tail", "skb_pull_data", "skb_store_bytes", "skb_vlan_pop",
            "skb_vlan_push", "store_hdr_opt", "xdp_adjust_head", "xdp_adjust_meta", "xdp_adjust_tail");
}
