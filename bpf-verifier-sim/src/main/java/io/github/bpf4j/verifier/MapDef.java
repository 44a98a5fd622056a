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
 */
public record MapDef(MapType type, int keySize, int valueSize, int maxEntries, int flags, byte[] frozenValue) {

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
    }

    /** A map whose contents programs and user space may change (nothing frozen). */
    public MapDef(MapType type, int keySize, int valueSize, int maxEntries, int flags) {
        this(type, keySize, valueSize, maxEntries, flags, null);
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
                && maxEntries == m.maxEntries && flags == m.flags && Arrays.equals(frozenValue, m.frozenValue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, keySize, valueSize, maxEntries, flags) * 31 + Arrays.hashCode(frozenValue);
    }

    @Override
    public String toString() {
        return "MapDef[" + type + " key " + keySize + " value " + valueSize + " entries " + maxEntries + " flags 0x"
                + Integer.toHexString(flags) + (frozenValue == null ? "" : " frozen") + "]";
    }

    /**
     * Parses {@code TYPE:KEY:VALUE:ENTRIES[:FLAGS]} ({@code hash:4:8:16}), the notation of the corpus headers and
     * of {@code loadlog --map}.
     *
     * @throws IllegalArgumentException with the text and the field at fault
     */
    public static MapDef parse(String text) {
        String[] f = text.strip().split(":");
        if (f.length < 4 || f.length > 5) {
            throw new IllegalArgumentException("map '" + text + "': expected TYPE:KEY:VALUE:ENTRIES[:FLAGS]");
        }
        try {
            return new MapDef(MapType.of(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                    Integer.parseInt(f[3]), f.length == 5 ? Integer.decode(f[4]) : 0);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("map '" + text + "': sizes must be decimal numbers", e);
        }
    }
}
