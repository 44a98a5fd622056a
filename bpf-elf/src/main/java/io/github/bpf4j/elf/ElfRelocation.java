package io.github.bpf4j.elf;

/**
 * One relocation ({@code Elf64_Rel} or {@code Elf64_Rela}).
 *
 * @param offset      {@code r_offset}: a byte offset into the patched section in relocatable objects, a virtual
 *                    address in executables and shared libraries
 * @param type        {@code ELF64_R_TYPE(r_info)}; for BPF see {@link BpfRelocType}
 * @param symbolIndex {@code ELF64_R_SYM(r_info)}, an index into the linked symbol table
 * @param addend      {@code r_addend} for RELA entries, 0 for REL
 */
public record ElfRelocation(long offset, int type, int symbolIndex, long addend) {

    /** The encoded {@code r_info}. */
    public long info() {
        return ((long) symbolIndex << 32) | (type & 0xffffffffL);
    }
}
