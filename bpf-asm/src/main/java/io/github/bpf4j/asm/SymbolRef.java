package io.github.bpf4j.asm;

import java.util.Objects;

/**
 * A reference from an instruction to a symbol the instructions cannot resolve themselves: a map, an address in a
 * map's value (a global variable), or a function outside the program. A loader fills in the map fd (and keeps the
 * value offset), an ELF writer turns it into a relocation.
 *
 * @param slot   the slot index of the instruction (8-byte units, as relocations count; a 64-bit immediate load
 *               takes two slots)
 * @param kind   what the symbol is
 * @param symbol the symbol's name: a map name ({@code events}, {@code .rodata}) or a function name
 * @param addend for {@link Kind#MAP_VALUE} the byte offset into the value; otherwise 0
 */
public record SymbolRef(int slot, Kind kind, String symbol, long addend) {

    /** What a reference names. */
    public enum Kind {
        /** A map: a 64-bit immediate load with {@link Pseudo#MAP_FD}; the loader puts the map fd in {@code imm}. */
        MAP,
        /**
         * An address in a map's value: a 64-bit immediate load with {@link Pseudo#MAP_VALUE}; the loader puts the map
         * fd in {@code imm}, the second immediate already holds the offset.
         */
        MAP_VALUE,
        /** A BPF function not defined in the program: a local call whose offset the linker fills in. */
        CALL
    }

    public SymbolRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(symbol, "symbol");
        if (slot < 0) {
            throw new IllegalArgumentException("slot " + slot + " is negative");
        }
        if (symbol.isEmpty()) {
            throw new IllegalArgumentException("a symbol reference needs a name");
        }
        if (kind != Kind.MAP_VALUE && addend != 0) {
            throw new IllegalArgumentException("only map-value references carry an addend, not " + kind);
        }
    }
}
