package io.github.bpf4j.verifier.internal;

import io.github.bpf4j.asm.Helper;
import io.github.bpf4j.verifier.MapDef;
import io.github.bpf4j.verifier.MapType;
import io.github.bpf4j.verifier.ProgType;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which helper may take which map: {@code check_map_func_compatibility} of kernel/bpf/verifier.c (Linux 6.18), the
 * read-only map rule of {@code record_func_map}, and {@code check_get_func_ip}. The kernel checks both ways: a map
 * type that serves only some helpers refuses the others, and a helper that needs one map type refuses the others.
 */
final class MapFuncCompat {

    private MapFuncCompat() {
    }

    /** The id of the helper named {@code name} (kernel name without {@code bpf_}). */
    static int id(String name) {
        return Helper.ofNameOrNull(name).id();
    }

    /** The ids of the helpers named {@code names}. */
    static Set<Integer> ids(String... names) {
        Set<Integer> out = new HashSet<>();
        for (String n : names) {
            out.add(id(n));
        }
        return Set.copyOf(out);
    }

    private static final int MAP_LOOKUP = id("map_lookup_elem");
    private static final int MAP_UPDATE = id("map_update_elem");
    private static final int MAP_DELETE = id("map_delete_elem");

    /** The map's side: the helpers a map of this type may be passed to (types not listed take any helper). */
    private static final Map<MapType, Set<Integer>> MAP_SIDE = new EnumMap<>(MapType.class);
    /** The helper's side: the map types the helper takes (helpers not listed take any map). */
    private static final Map<Integer, Set<MapType>> FUNC_SIDE = new HashMap<>();

    static {
        MAP_SIDE.put(MapType.PROG_ARRAY, ids("tail_call"));
        MAP_SIDE.put(MapType.PERF_EVENT_ARRAY, ids("perf_event_read", "perf_event_output", "skb_output",
                "perf_event_read_value", "xdp_output"));
        MAP_SIDE.put(MapType.RINGBUF, ids("ringbuf_output", "ringbuf_reserve", "ringbuf_query",
                "ringbuf_reserve_dynptr", "ringbuf_submit_dynptr", "ringbuf_discard_dynptr"));
        MAP_SIDE.put(MapType.STACK_TRACE, ids("get_stackid"));
        MAP_SIDE.put(MapType.CGROUP_STORAGE, ids("get_local_storage"));
        MAP_SIDE.put(MapType.PERCPU_CGROUP_STORAGE, ids("get_local_storage"));
        MAP_SIDE.put(MapType.CGROUP_ARRAY, ids("skb_under_cgroup", "current_task_under_cgroup"));
        MAP_SIDE.put(MapType.DEVMAP, ids("redirect_map", "map_lookup_elem"));
        MAP_SIDE.put(MapType.DEVMAP_HASH, ids("redirect_map", "map_lookup_elem"));
        MAP_SIDE.put(MapType.CPUMAP, ids("redirect_map"));
        MAP_SIDE.put(MapType.XSKMAP, ids("redirect_map", "map_lookup_elem"));
        MAP_SIDE.put(MapType.ARRAY_OF_MAPS, ids("map_lookup_elem"));
        MAP_SIDE.put(MapType.HASH_OF_MAPS, ids("map_lookup_elem"));
        // update and delete are added per program type (may_update_sockmap)
        MAP_SIDE.put(MapType.SOCKMAP, ids("sk_redirect_map", "sock_map_update", "msg_redirect_map",
                "sk_select_reuseport", "map_lookup_elem"));
        MAP_SIDE.put(MapType.SOCKHASH, ids("sk_redirect_hash", "sock_hash_update", "msg_redirect_hash",
                "sk_select_reuseport", "map_lookup_elem"));
        MAP_SIDE.put(MapType.QUEUE, ids("map_peek_elem", "map_pop_elem", "map_push_elem"));
        MAP_SIDE.put(MapType.STACK, ids("map_peek_elem", "map_pop_elem", "map_push_elem"));
        MAP_SIDE.put(MapType.BLOOM_FILTER, ids("map_peek_elem", "map_push_elem"));

        func(Set.of(MapType.PROG_ARRAY), "tail_call");
        func(Set.of(MapType.PERF_EVENT_ARRAY), "perf_event_read", "perf_event_output", "perf_event_read_value",
                "skb_output", "xdp_output");
        func(Set.of(MapType.RINGBUF), "ringbuf_output", "ringbuf_reserve", "ringbuf_query", "ringbuf_reserve_dynptr",
                "ringbuf_submit_dynptr", "ringbuf_discard_dynptr");
        func(Set.of(MapType.STACK_TRACE), "get_stackid");
        func(Set.of(MapType.CGROUP_STORAGE, MapType.PERCPU_CGROUP_STORAGE), "get_local_storage");
        func(Set.of(MapType.CGROUP_ARRAY), "current_task_under_cgroup", "skb_under_cgroup");
        func(Set.of(MapType.DEVMAP, MapType.DEVMAP_HASH, MapType.CPUMAP, MapType.XSKMAP), "redirect_map");
        func(Set.of(MapType.SOCKMAP), "sk_redirect_map", "msg_redirect_map", "sock_map_update");
        func(Set.of(MapType.SOCKHASH), "sk_redirect_hash", "msg_redirect_hash", "sock_hash_update");
        func(Set.of(MapType.SOCKMAP, MapType.SOCKHASH), "sk_select_reuseport");
        func(Set.of(MapType.QUEUE, MapType.STACK), "map_pop_elem");
        func(Set.of(MapType.QUEUE, MapType.STACK, MapType.BLOOM_FILTER), "map_peek_elem", "map_push_elem");
        func(Set.of(MapType.PERCPU_ARRAY, MapType.PERCPU_HASH, MapType.LRU_PERCPU_HASH), "map_lookup_percpu_elem");
        // their own map types (user ring buffers, socket/inode/task/cgroup storage), none of which is modelled: every
        // map the simulator knows is the wrong one
        func(Set.of(), "user_ringbuf_drain", "sk_storage_get", "sk_storage_delete", "inode_storage_get",
                "inode_storage_delete", "task_storage_get", "task_storage_delete", "cgrp_storage_get",
                "cgrp_storage_delete");
    }

    private static void func(Set<MapType> types, String... names) {
        for (String n : names) {
            FUNC_SIDE.put(id(n), types);
        }
    }

    /**
     * {@code check_map_func_compatibility}: the log lines of the refusal when a map of {@code mt} is passed to
     * helper {@code id} in a program of {@code type}, or null when the kernel accepts the pair.
     */
    static String check(MapType mt, int id, ProgType type) {
        String refusal = "cannot pass map_type " + mt.number() + " into func " + Helpers.name(id) + "#" + id;
        Set<Integer> mapSide = MAP_SIDE.get(mt);
        if (mapSide != null && !mapSide.contains(id)) {
            if (mt != MapType.SOCKMAP && mt != MapType.SOCKHASH) {
                return refusal;
            }
            String sockmap = mayUpdateSockmap(id, type);
            if (sockmap != null) {
                return sockmap.isEmpty() ? refusal : sockmap + "\n" + refusal;
            }
        }
        Set<MapType> funcSide = FUNC_SIDE.get(id);
        return funcSide != null && !funcSide.contains(mt) ? refusal : null;
    }

    /**
     * {@code may_update_sockmap}: null when the program may update or delete in a socket map, else the line it logs
     * before the refusal (empty when it logs none: the helper is not an update or delete).
     */
    private static String mayUpdateSockmap(int id, ProgType type) {
        if (id != MAP_UPDATE && id != MAP_DELETE) {
            return "";
        }
        return switch (type) {
            case SOCKET_FILTER, SCHED_CLS, SCHED_ACT, XDP -> null;
            default -> "cannot update sockmap in this context";
        };
    }

    /**
     * Whether the checker models helper {@code id} on a map of {@code mt}: a lookup in a device, socket or XDP-socket
     * map returns the kernel's own object rather than the map value, and an update of a socket map takes a socket
     * ({@code resolve_map_arg_type}: any map value argument), those stay unsimulated.
     */
    static boolean simulated(MapType mt, int id) {
        return switch (mt) {
            case DEVMAP, DEVMAP_HASH, XSKMAP -> id != MAP_LOOKUP;
            case SOCKMAP, SOCKHASH -> id != MAP_LOOKUP && id != MAP_UPDATE && id != PUSH && id != POP
                    && id != PEEK && !STORAGE_GET.contains(id);
            default -> true;
        };
    }

    /**
     * {@code record_func_map}: the map helpers that change a map refuse a map the program may only read, with the
     * message, or null.
     */
    static String recordFuncMap(MapDef map, int id) {
        boolean writes = id == MAP_UPDATE || id == MAP_DELETE || id == PUSH || id == POP;
        // dev_map_alloc makes device maps read-only for programs whatever the flags user space gave
        boolean rdonly = (map.flags() & MapDef.F_RDONLY_PROG) != 0 || map.type() == MapType.DEVMAP
                || map.type() == MapType.DEVMAP_HASH;
        return writes && rdonly ? "write into map forbidden" : null;
    }

    private static final int PUSH = id("map_push_elem");
    private static final int POP = id("map_pop_elem");
    private static final int PEEK = id("map_peek_elem");
    private static final Set<Integer> STORAGE_GET = ids("sk_storage_get", "inode_storage_get", "task_storage_get",
            "cgrp_storage_get");

    /** {@code check_get_func_ip}: the refusal of {@code bpf_get_func_ip} in a program of {@code type}, or null. */
    static String checkGetFuncIp(ProgType type) {
        return switch (type) {
            case KPROBE -> null;
            // tp_btf has no trampoline
            case TRACING -> "func bpf_get_func_ip#173 supported only for fentry/fexit/fmod_ret programs";
            default -> "func bpf_get_func_ip#173 not supported for program type " + type.number();
        };
    }
}
