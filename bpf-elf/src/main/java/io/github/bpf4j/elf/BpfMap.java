package io.github.bpf4j.elf;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A map as libbpf 1.1 sees it after {@code bpf_object__open}: defined in {@code .maps} with BTF, in the legacy
 * {@code maps} section, or made by libbpf for global data ({@code .data*}, {@code .rodata*}, {@code .bss*},
 * {@code .kconfig}).
 *
 * @param name         the name given to the kernel (for global data, libbpf's {@code internal_map_name})
 * @param origin       where the definition comes from
 * @param realName     the variable or section name it comes from (e.g. {@code ".rodata"})
 * @param type         the map type
 * @param keySize      key size in bytes
 * @param valueSize    value size in bytes
 * @param maxEntries   {@code max_entries} as declared
 * @param flags        {@code map_flags}, including the flags libbpf adds for global data
 * @param numaNode     {@code numa_node}
 * @param pinning      0 (none) or 1 ({@code LIBBPF_PIN_BY_NAME})
 * @param mapExtra     {@code map_extra}
 * @param btfKeyType   the key's BTF type id, 0 if none
 * @param btfValueType the value's BTF type id (for global data the DATASEC), 0 if none
 * @param inner        the inner map definition of a map of maps, or {@code null}
 * @param initSlots    initial values of a map of maps or program array ({@code .values = {...}}): per slot the
 *                     name of the map or program, or {@code null} for an empty slot
 * @param initialValue the initial contents of a global-data map ({@code .bss} and {@code .kconfig}: empty, meaning
 *                     all zero); empty for other maps
 */
public record BpfMap(String name, Origin origin, String realName, MapType type, int keySize, int valueSize,
        int maxEntries, int flags, int numaNode, int pinning, long mapExtra, int btfKeyType, int btfValueType,
        BpfMap inner, List<String> initSlots, byte[] initialValue) {

    /** {@code BPF_F_RDONLY_PROG}. */
    public static final int F_RDONLY_PROG = 1 << 7;
    /** {@code BPF_F_MMAPABLE}. */
    public static final int F_MMAPABLE = 1 << 10;

    /** Where a map's definition comes from (libbpf's {@code enum libbpf_map_type} for global data). */
    public enum Origin { BTF, LEGACY, DATA, RODATA, BSS, KCONFIG }

    public BpfMap {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(realName, "realName");
        Objects.requireNonNull(type, "type");
        initSlots = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(initSlots));
        initialValue = initialValue.clone();
    }

    /** Whether libbpf made this map for global data. */
    public boolean isInternal() {
        return origin != Origin.BTF && origin != Origin.LEGACY;
    }

    @Override
    public byte[] initialValue() {
        return initialValue.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BpfMap m && name.equals(m.name) && origin == m.origin && realName.equals(m.realName)
                && type == m.type && keySize == m.keySize && valueSize == m.valueSize
                && maxEntries == m.maxEntries && flags == m.flags && numaNode == m.numaNode
                && pinning == m.pinning && mapExtra == m.mapExtra && btfKeyType == m.btfKeyType
                && btfValueType == m.btfValueType && Objects.equals(inner, m.inner)
                && initSlots.equals(m.initSlots) && Arrays.equals(initialValue, m.initialValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, origin, type, keySize, valueSize, maxEntries, flags) * 31
                + Arrays.hashCode(initialValue);
    }

    @Override
    public String toString() {
        return "BpfMap[" + name + " (" + origin + " " + realName + "): " + type + " key " + keySize + " value "
                + valueSize + " max_entries " + maxEntries + " flags 0x" + Integer.toHexString(flags)
                + (inner != null ? " inner " + inner : "") + (initSlots.isEmpty() ? "" : " slots " + initSlots)
                + (initialValue.length > 0 ? " initial " + initialValue.length + " bytes" : "") + "]";
    }
}
