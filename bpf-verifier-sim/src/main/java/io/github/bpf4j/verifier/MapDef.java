package io.github.bpf4j.verifier;

import java.util.Objects;

/**
 * A map as the verifier sees it: type, sizes, capacity and flags. A program refers to the map by its index in
 * {@link ProgramInput#maps()} (the immediate of an {@code ld_imm64} with source 1 or 2).
 *
 * @param type       the map type
 * @param keySize    key bytes
 * @param valueSize  value bytes
 * @param maxEntries capacity
 * @param flags      {@code map_flags}
 */
public record MapDef(MapType type, int keySize, int valueSize, int maxEntries, int flags) {

    public MapDef {
        Objects.requireNonNull(type, "type");
        if (keySize < 0 || valueSize < 0 || maxEntries < 0) {
            throw new IllegalArgumentException("map sizes are unsigned: key " + keySize + ", value " + valueSize
                    + ", entries " + maxEntries);
        }
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
