package io.github.bpf4j.elf;

/**
 * The BPF relocation types (LLVM's {@code ELF/RelocationTypes/BPF.def}, the kernel's
 * Documentation/bpf/llvm_reloc.rst).
 */
public enum BpfRelocType {
    /** No relocation. */
    NONE(0),
    /** A 64-bit immediate load of a map, global variable or function address: patches both immediates. */
    R_BPF_64_64(1),
    /** A 64-bit data word, e.g. in {@code .maps} (inner map values) and DWARF. */
    R_BPF_64_ABS64(2),
    /** A 32-bit data word, e.g. in {@code .BTF.ext} and DWARF. */
    R_BPF_64_ABS32(3),
    /** A 32-bit data word that runtime loaders leave alone, e.g. in {@code .BTF}. */
    R_BPF_64_NODYLD32(4),
    /** A call of a BPF function: the 32-bit immediate of a call instruction. */
    R_BPF_64_32(10);

    private final int code;

    BpfRelocType(int code) {
        this.code = code;
    }

    /** The value of {@code ELF64_R_TYPE}. */
    public int code() {
        return code;
    }

    /** The type with this code, or {@code null}. */
    public static BpfRelocType ofOrNull(int code) {
        for (BpfRelocType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }
}
