package io.github.bpf4j.verifier;

import java.util.Arrays;
import java.util.Objects;

/**
 * A map as the verifier sees it: type, sizes, capacity and flags. A program refers to the map by its index in
 * {@link ProgramInput#maps()} (the immediate of an {@code ld_imm64} with source 1 or 2).
 *
 * <p>A map that is read-only for programs ({@link #F_RDONLY_PROG}) and frozen before the load, as libbpf makes
 * {@code .rodata}, carries its contents in {@code frozenValue}: the kernel then reads constant-offset loads from
 * the map at verification time and tracks the result as a known scalar.
 *
 * @param type        the map type
 * @param keySize     key bytes
 * @param valueSize   value bytes
 * @param maxEntries  capacity
 * @param flags       {@code map_flags}
 * @param frozenValue the value of a frozen read-only map ({@code valueSize} bytes), or {@code null} for a map
 *                    that programs or user space may still change
 * @param inner       for a map of maps ({@link MapType#isMapInMap()}), the inner map template the kernel takes
 *                    from {@code inner_map_fd} at creation ({@code bpf_map_meta_alloc}): a lookup in the outer map
 *                    gives a pointer to a map of this shape. {@code null} for every other map type
 * @param name        the map's name as created ({@code bpf_attr.map_name}, at most 15 characters; libbpf passes
 *                    the object's map name): the log prints it ({@code map=buckets}) when it is not empty
 */
public record MapDef(MapType type, int keySize, int valueSize, int maxEntries, int flags, byte[] frozenValue,
                     MapDef inner, String name) {

    /** {@code BPF_F_RDONLY_PROG}: programs may not write the map. */
    public static final int F_RDONLY_PROG = 1 << 7;

    public MapDef {
        Objects.requireNonNull(type, "type");
        if (keySize < 0 || valueSize < 0 || maxEntries < 0) {
            throw new IllegalArgumentException("map sizes are unsigned: key " + keySize + ", value " + valueSize
                    + ", entries " + maxEntries);
        }
        if (frozenValue != null) {
            if ((flags & F_RDONLY_PROG) == 0) {
                throw new IllegalArgumentException("a frozen value needs BPF_F_RDONLY_PROG in the flags (0x"
                        + Integer.toHexString(flags) + ")");
            }
            if (frozenValue.length != valueSize) {
                throw new IllegalArgumentException("frozen value has " + frozenValue.length
                        + " bytes, the map's value_size is " + valueSize);
            }
            frozenValue = frozenValue.clone();
        }
        if (type.isMapInMap() != (inner != null)) {
            throw new IllegalArgumentException(type.isMapInMap()
                    ? "a " + type.spelling() + " map needs its inner map template (inner_map_fd)"
                    : "only a map of maps has an inner map, not a " + type.spelling() + " map");
        }
        if (inner != null && inner.type().isMapInMap()) {
            // bpf_map_meta_alloc: only one level of map-in-map
            throw new IllegalArgumentException("the inner map of a " + type.spelling() + " map cannot be a "
                    + inner.type().spelling() + " map");
        }
        name = name == null ? "" : name;
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException("map name '" + name + "' is longer than " + MAX_NAME + " characters");
        }
    }

    /** {@code BPF_OBJ_NAME_LEN - 1}: the longest map name the kernel stores. */
    public static final int MAX_NAME = 15;

    /** An unnamed map that is not a map of maps, possibly frozen (see {@link #frozenValue}). */
    public MapDef(MapType type, int keySize, int valueSize, int maxEntries, int flags, byte[] frozenValue) {
        this(type, keySize, valueSize, maxEntries, flags, frozenValue, null, "");
    }

    /** A map whose contents programs and user space may change (nothing frozen). */
    public MapDef(MapType type, int keySize, int valueSize, int maxEntries, int flags) {
        this(type, keySize, valueSize, maxEntries, flags, null);
    }

    /**
     * A map of maps ({@link MapType#ARRAY_OF_MAPS}, {@link MapType#HASH_OF_MAPS}) whose values are maps shaped like
     * {@code inner}; the outer value is the inner map's fd (4 bytes).
     */
    public static MapDef mapOfMaps(MapType type, int keySize, int maxEntries, int flags, MapDef inner) {
        Objects.requireNonNull(inner, "inner");
        return new MapDef(type, keySize, 4, maxEntries, flags, null, inner, "");
    }

    /** This map named {@code mapName} (see {@link #name}); the kernel's log then prints {@code map=NAME}. */
    public MapDef withName(String mapName) {
        return new MapDef(type, keySize, valueSize, maxEntries, flags, frozenValue, inner, mapName);
    }

    /**
     * A map created with {@link #F_RDONLY_PROG} (added to {@code flags}), given {@code contents} and frozen, as
     * libbpf prepares {@code .rodata}. Contents shorter than {@code valueSize} are padded with zero bytes.
     *
     * @throws IllegalArgumentException when the contents exceed {@code valueSize}
     */
    public static MapDef frozenReadOnly(MapType type, int keySize, int valueSize, int maxEntries, int flags,
            byte[] contents) {
        Objects.requireNonNull(contents, "contents");
        if (valueSize < 0 || contents.length > valueSize) {
            throw new IllegalArgumentException("frozen contents have " + contents.length
                    + " bytes, the map's value_size is " + valueSize);
        }
        return new MapDef(type, keySize, valueSize, maxEntries, flags | F_RDONLY_PROG,
                Arrays.copyOf(contents, valueSize));
    }

    /** Whether the map is frozen read-only for programs ({@code bpf_map_is_rdonly} in the kernel). */
    public boolean isFrozenReadOnly() {
        return frozenValue != null;
    }

    /** A copy of the frozen value, or {@code null}. */
    @Override
    public byte[] frozenValue() {
        return frozenValue == null ? null : frozenValue.clone();
    }

    /** The frozen value's byte at {@code off}, without copying (callers check {@link #isFrozenReadOnly()}). */
    public int frozenByte(int off) {
        return frozenValue[off] & 0xff;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MapDef m && type == m.type && keySize == m.keySize && valueSize == m.valueSize
                && maxEntries == m.maxEntries && flags == m.flags && Arrays.equals(frozenValue, m.frozenValue)
                && Objects.equals(inner, m.inner) && name.equals(m.name);
    }

    @Override
    public int hashCode() {
        return (Objects.hash(type, keySize, valueSize, maxEntries, flags, inner, name)) * 31
                + Arrays.hashCode(frozenValue);
    }

    @Override
    public String toString() {
        return "MapDef[" + (name.isEmpty() ? "" : name + " ") + type + " key " + keySize + " value " + valueSize
                + " entries " + maxEntries + " flags 0x" + Integer.toHexString(flags)
                + (frozenValue == null ? "" : " frozen") + (inner == null ? "" : " inner " + inner) + "]";
    }

    /**
     * The notation {@link #parse} reads (and {@code loadlog --map} takes) for this map's shape: flags in hex when
     * set, the inner map template in parentheses; the name and frozen contents are not part of it.
     */
    public String notation() {
        return type.spelling() + ":" + keySize + ":" + valueSize + ":" + maxEntries
                + (flags == 0 ? "" : ":0x" + Integer.toHexString(flags))
                + (inner == null ? "" : "(inner=" + inner.notation() + ")");
    }

    /**
     * Parses {@code TYPE:KEY:VALUE:ENTRIES[:FLAGS]} ({@code hash:4:8:16}), the notation of the corpus headers and
     * of {@code loadlog --map}; a map of maps names its inner map template in parentheses,
     * {@code array_of_maps:4:4:8(inner=array:4:8:1)}.
     *
     * @throws IllegalArgumentException with the text and the field at fault
     */
    public static MapDef parse(String text) {
        String t = text.strip();
        MapDef inner = null;
        int open = t.indexOf('(');
        if (open >= 0) {
            if (!t.endsWith(")") || !t.startsWith("inner=", open + 1)) {
                throw new IllegalArgumentException("map '" + text + "': expected TYPE:KEY:VALUE:ENTRIES[:FLAGS]"
                        + "(inner=TYPE:KEY:VALUE:ENTRIES[:FLAGS])");
            }
            String in = t.substring(open + 1 + "inner=".length(), t.length() - 1);
            if (in.indexOf('(') >= 0) {
                throw new IllegalArgumentException("map '" + text + "': an inner map has no inner map");
            }
            inner = parse(in);
            t = t.substring(0, open);
        }
        String[] f = t.split(":");
        if (f.length < 4 || f.length > 5) {
            throw new IllegalArgumentException("map '" + text + "': expected TYPE:KEY:VALUE:ENTRIES[:FLAGS]");
        }
        try {
            long flags = f.length == 5 ? Long.decode(f[4]) : 0;
            if (flags < Integer.MIN_VALUE || flags > 0xffffffffL) {
                throw new IllegalArgumentException("map '" + text + "': flags " + f[4] + " do not fit 32 bits");
            }
            return new MapDef(MapType.of(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                    Integer.parseInt(f[3]), (int) flags, null, inner, "");
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("map '" + text + "': sizes must be decimal numbers", e);
        }
    }
}
