package io.github.bpf4j.verifier;

import java.util.Locale;

/** Map types the simulator knows ({@code enum bpf_map_type}, kernel numbering). */
public enum MapType {
    HASH(1),
    ARRAY(2),
    PROG_ARRAY(3),
    PERF_EVENT_ARRAY(4),
    PERCPU_HASH(5),
    PERCPU_ARRAY(6),
    /** Stack traces, keyed by the id {@code bpf_get_stackid} returns. */
    STACK_TRACE(7),
    /** Cgroups, for {@code bpf_skb_under_cgroup} and {@code bpf_current_task_under_cgroup}. */
    CGROUP_ARRAY(8),
    LRU_HASH(9),
    LRU_PERCPU_HASH(10),
    /** An array whose values are maps (user space stores inner map fds; programs look up map pointers). */
    ARRAY_OF_MAPS(12),
    /** A hash whose values are maps. */
    HASH_OF_MAPS(13),
    /** Network devices, the targets of {@code bpf_redirect_map} (as are the next three). */
    DEVMAP(14),
    /** Sockets, for {@code bpf_sk_redirect_map}, {@code bpf_msg_redirect_map}, {@code bpf_sock_map_update}. */
    SOCKMAP(15),
    CPUMAP(16),
    XSKMAP(17),
    /** Sockets by key, for the {@code _hash} redirects and {@code bpf_sock_hash_update}. */
    SOCKHASH(18),
    /** A cgroup's local storage, for {@code bpf_get_local_storage} (one value per cgroup and attach type). */
    CGROUP_STORAGE(19),
    PERCPU_CGROUP_STORAGE(21),
    QUEUE(22),
    STACK(23),
    DEVMAP_HASH(25),
    RINGBUF(27),
    /** A probabilistic set: {@code bpf_map_push_elem} adds, {@code bpf_map_peek_elem} tests. */
    BLOOM_FILTER(30);

    private final int number;

    MapType(int number) {
        this.number = number;
    }

    /** The kernel's number (printed by messages such as {@code cannot pass map_type 4 into func ...}). */
    public int number() {
        return number;
    }

    /** {@code bpf_map_is_map_in_map}: the map's values are maps, described by an inner map template. */
    public boolean isMapInMap() {
        return this == ARRAY_OF_MAPS || this == HASH_OF_MAPS;
    }

    /** The lowercase kernel spelling ({@code percpu_array}). */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type of a lowercase kernel spelling.
     *
     * @throws IllegalArgumentException naming the spelling when it is not a known type
     */
    public static MapType of(String spelling) {
        for (MapType t : values()) {
            if (t.spelling().equals(spelling)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown map type '" + spelling + "'");
    }
}
