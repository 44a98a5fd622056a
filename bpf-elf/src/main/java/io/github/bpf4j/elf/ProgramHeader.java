package io.github.bpf4j.elf;

/**
 * One program header ({@code Elf64_Phdr}).
 *
 * @param type   {@code p_type}; {@link #LOAD} for a loadable segment
 * @param flags  {@code p_flags}: {@link #X}, {@link #W}, {@link #R}
 * @param offset {@code p_offset}, the file offset of the segment
 * @param vaddr  {@code p_vaddr}
 * @param paddr  {@code p_paddr}
 * @param filesz {@code p_filesz}, the bytes the segment has in the file
 * @param memsz  {@code p_memsz}, at least {@code filesz}
 * @param align  {@code p_align}
 */
public record ProgramHeader(int type, int flags, long offset, long vaddr, long paddr, long filesz, long memsz,
        long align) {

    public static final int LOAD = 1;
    public static final int X = 1;
    public static final int W = 2;
    public static final int R = 4;

    /** Whether the virtual address lies in the file-backed part of this segment. */
    public boolean containsFileAddress(long address) {
        return Long.compareUnsigned(address, vaddr) >= 0 && Long.compareUnsigned(address - vaddr, filesz) < 0;
    }
}
