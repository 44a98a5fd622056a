package io.github.bpf4j.elf;

/**
 * A BPF map type. The constants and numbers follow the kernel's {@code enum bpf_map_type} in Linux 6.18, without the
 * {@code BPF_MAP_TYPE_} prefix.
 */
public enum MapType {
    UNSPEC(0),
    HASH(1),
    ARRAY(2),
    PROG_ARRAY(3),
    PERF_EVENT_ARRAY(4),
    PERCPU_HASH(5),
    PERCPU_ARRAY(6),
    STACK_TRACE(7),
    CGROUP_ARRAY(8),
    LRU_HASH(9),
    LRU_PERCPU_HASH(10),
    LPM_TRIE(11),
    ARRAY_OF_MAPS(12),
    HASH_OF_MAPS(13),
    DEVMAP(14),
    SOCKMAP(15),
    CPUMAP(16),
    XSKMAP(17),
    SOCKHASH(18),
    CGROUP_STORAGE(19),
    REUSEPORT_SOCKARRAY(20),
    PERCPU_CGROUP_STORAGE(21),
    QUEUE(22),
    STACK(23),
    SK_STORAGE(24),
    DEVMAP_HASH(25),
    STRUCT_OPS(26),
    RINGBUF(27),
    INODE_STORAGE(28),
    TASK_STORAGE(29),
    BLOOM_FILTER(30),
    USER_RINGBUF(31),
    CGRP_STORAGE(32),
    ARENA(33);

    private static final MapType[] BY_CODE = new MapType[34];

    static {
        for (MapType t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    private final int code;

    MapType(int code) {
        this.code = code;
    }

    /** The kernel's number for this constant. */
    public int code() {
        return code;
    }

    /** The constant with this number, or {@code null}. */
    public static MapType ofOrNull(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }

    /** Whether values are maps (array or hash of maps). */
    public boolean isMapInMap() {
        return this == ARRAY_OF_MAPS || this == HASH_OF_MAPS;
    }
}
