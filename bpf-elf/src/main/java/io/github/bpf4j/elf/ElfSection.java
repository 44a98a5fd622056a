package io.github.bpf4j.elf;

/**
 * One section header ({@code Elf64_Shdr}) with its resolved name.
 *
 * @param index     the section index
 * @param name      the name from the section-name string table
 * @param type      {@code sh_type}: see the constants
 * @param flags     {@code sh_flags}: see the constants
 * @param addr      {@code sh_addr}, the virtual address in executables (0 in relocatable objects)
 * @param offset    {@code sh_offset}, the file offset of the contents
 * @param size      {@code sh_size}; for {@link #NOBITS} the size in memory, with no bytes in the file
 * @param link      {@code sh_link}: for symbol and relocation sections, the index of the linked section
 * @param info      {@code sh_info}: for relocation sections, the index of the section they patch
 * @param addralign {@code sh_addralign}
 * @param entsize   {@code sh_entsize}, the size of one entry of a table
 */
public record ElfSection(int index, String name, int type, long flags, long addr, long offset, long size, int link,
        int info, long addralign, long entsize) {

    public static final int NULL = 0;
    public static final int PROGBITS = 1;
    public static final int SYMTAB = 2;
    public static final int STRTAB = 3;
    public static final int RELA = 4;
    public static final int HASH = 5;
    public static final int DYNAMIC = 6;
    public static final int NOTE = 7;
    public static final int NOBITS = 8;
    public static final int REL = 9;
    public static final int DYNSYM = 11;
    public static final int LLVM_ADDRSIG = 0x6fff4c03;

    public static final long WRITE = 0x1;
    public static final long ALLOC = 0x2;
    public static final long EXECINSTR = 0x4;
    public static final long MERGE = 0x10;
    public static final long STRINGS = 0x20;
    public static final long INFO_LINK = 0x40;

    /** Whether the section has bytes in the file. */
    public boolean hasFileBytes() {
        return type != NOBITS && type != NULL;
    }

    /** Whether {@code sh_flags} has {@code SHF_EXECINSTR}. */
    public boolean isExecutable() {
        return (flags & EXECINSTR) != 0;
    }
}
