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
    LRU_HASH(9),
    /** An array whose values are maps (user space stores inner map fds; programs look up map pointers). */
    ARRAY_OF_MAPS(12),
    /** A hash whose values are maps. */
    HASH_OF_MAPS(13),
    QUEUE(22),
    STACK(23),
    RINGBUF(27);

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
