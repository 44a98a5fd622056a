package io.github.bpf4j.sys;

import io.github.bpf4j.elf.MapType;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What a map is to be: the attributes of {@code BPF_MAP_CREATE}. Pure and immutable; {@link BpfMap#create} makes the
 * live map.
 *
 * @param name           the name (at most 15 bytes; {@code ""} for none)
 * @param type           the map type
 * @param keySize        bytes per key (0 for queue, stack, ring buffer and bloom filter maps)
 * @param valueSize      bytes per value (per CPU for per-CPU maps)
 * @param maxEntries     capacity; for ring buffers the data size in bytes, a power of two multiple of the page size
 * @param flags          {@code map_flags} (the {@code F_*} constants)
 * @param numaNode       the NUMA node, or -1 for any (sets {@link #F_NUMA_NODE} when given)
 * @param mapExtra       {@code map_extra} (bloom filter hash count, arena address)
 * @param btfKeyTypeId   BTF type id of the key in the BTF given at creation, or 0
 * @param btfValueTypeId BTF type id of the value, or 0
 * @param innerMap       for map-in-map types the template of the inner maps, otherwise {@code null}
 */
public record MapSpec(String name, MapType type, int keySize, int valueSize, int maxEntries, int flags,
        int numaNode, long mapExtra, int btfKeyTypeId, int btfValueTypeId, MapSpec innerMap) {

    public static final int F_NO_PREALLOC = 1;
    public static final int F_NO_COMMON_LRU = 1 << 1;
    public static final int F_NUMA_NODE = 1 << 2;
    public static final int F_RDONLY = 1 << 3;
    public static final int F_WRONLY = 1 << 4;
    public static final int F_RDONLY_PROG = 1 << 7;
    public static final int F_WRONLY_PROG = 1 << 8;
    public static final int F_MMAPABLE = 1 << 10;
    public static final int F_INNER_MAP = 1 << 12;

    public MapSpec {
        name = name == null ? "" : name;
        Objects.requireNonNull(type, "type");
        if (name.getBytes(StandardCharsets.UTF_8).length > 15) {
            throw new IllegalArgumentException("map name '" + name + "' is longer than 15 bytes (BPF_OBJ_NAME_LEN)");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
                throw new IllegalArgumentException("map name '" + name + "' has '" + c
                        + "': the kernel accepts letters, digits, '_' and '.'");
            }
        }
        if (keySize < 0 || valueSize < 0 || maxEntries < 0) {
            throw new IllegalArgumentException("negative size in map spec " + name + ": key " + keySize
                    + ", value " + valueSize + ", max_entries " + maxEntries);
        }
        if (numaNode < -1) {
            throw new IllegalArgumentException("numa node " + numaNode + " (use -1 for any)");
        }
        if ((type == MapType.ARRAY_OF_MAPS || type == MapType.HASH_OF_MAPS) != (innerMap != null)) {
            throw new IllegalArgumentException(type + (innerMap == null ? " needs an inner map template"
                    : " takes no inner map template"));
        }
    }

    /** A map with no flags, BTF or NUMA node. */
    public static MapSpec of(String name, MapType type, int keySize, int valueSize, int maxEntries) {
        return new MapSpec(name, type, keySize, valueSize, maxEntries, 0, -1, 0, 0, 0, null);
    }

    /** A ring buffer of {@code bytes} bytes of data (a power-of-two multiple of the page size). */
    public static MapSpec ringbuf(String name, int bytes) {
        return of(name, MapType.RINGBUF, 0, 0, bytes);
    }

    /** A perf event array with a slot for every possible CPU ({@code max_entries} 0 lets the reader size it). */
    public static MapSpec perfEventArray(String name, int slots) {
        return of(name, MapType.PERF_EVENT_ARRAY, 4, 4, slots);
    }

    public MapSpec withFlags(int newFlags) {
        return new MapSpec(name, type, keySize, valueSize, maxEntries, newFlags, numaNode, mapExtra, btfKeyTypeId,
                btfValueTypeId, innerMap);
    }

    public MapSpec withMaxEntries(int newMaxEntries) {
        return new MapSpec(name, type, keySize, valueSize, newMaxEntries, flags, numaNode, mapExtra, btfKeyTypeId,
                btfValueTypeId, innerMap);
    }

    public MapSpec withNumaNode(int node) {
        return new MapSpec(name, type, keySize, valueSize, maxEntries, flags, node, mapExtra, btfKeyTypeId,
                btfValueTypeId, innerMap);
    }

    public MapSpec withMapExtra(long extra) {
        return new MapSpec(name, type, keySize, valueSize, maxEntries, flags, numaNode, extra, btfKeyTypeId,
                btfValueTypeId, innerMap);
    }

    public MapSpec withBtfTypes(int keyTypeId, int valueTypeId) {
        return new MapSpec(name, type, keySize, valueSize, maxEntries, flags, numaNode, mapExtra, keyTypeId,
                valueTypeId, innerMap);
    }

    public MapSpec withInnerMap(MapSpec inner) {
        return new MapSpec(name, type, keySize, valueSize, maxEntries, flags, numaNode, mapExtra, btfKeyTypeId,
                btfValueTypeId, inner);
    }
}
