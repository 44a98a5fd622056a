package io.github.bpf4j.elf;

import java.util.Objects;

/**
 * A place in a linked program that a loader must patch before the kernel sees it: a 64-bit immediate load of a map,
 * of an address in a global-data map, or of an external symbol, or a call of a kernel function. The instruction
 * index counts 8-byte slots of the linked program, as the kernel does.
 */
public sealed interface Fixup {

    /** The kinds of fixup. */
    enum Kind { MAP, MAP_VALUE, EXTERN }

    Kind kind();

    /** The slot index of the instruction in {@link BpfProgram#linkedInsns()}. */
    int insn();

    /**
     * {@code r = map ll}: patch {@code src_reg = BPF_PSEUDO_MAP_FD}, {@code imm = fd} (libbpf {@code RELO_LD64}).
     *
     * @param insn the slot index
     * @param map  the index in {@link BpfObject#maps()}
     */
    record Map(int insn, int map) implements Fixup {
        @Override
        public Kind kind() {
            return Kind.MAP;
        }
    }

    /**
     * {@code r = &map_value[offset] ll}: patch {@code src_reg = BPF_PSEUDO_MAP_VALUE}, {@code imm = fd} and the
     * second immediate to {@code offset} (libbpf {@code RELO_DATA}, and {@code .kconfig} externs).
     *
     * @param insn   the slot index
     * @param map    the index in {@link BpfObject#maps()}
     * @param offset the byte offset into the map value
     */
    record MapValue(int insn, int map, int offset) implements Fixup {
        @Override
        public Kind kind() {
            return Kind.MAP_VALUE;
        }
    }

    /**
     * A reference to an external kernel symbol ({@code __ksym} variable or kernel function) that the loader
     * resolves against kernel BTF or kallsyms (libbpf {@code RELO_EXTERN_VAR} / {@code RELO_EXTERN_FUNC}).
     *
     * @param insn     the slot index
     * @param name     the symbol name
     * @param function whether it is a call of a kernel function
     */
    record Extern(int insn, String name, boolean function) implements Fixup {
        public Extern {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public Kind kind() {
            return Kind.EXTERN;
        }
    }
}
