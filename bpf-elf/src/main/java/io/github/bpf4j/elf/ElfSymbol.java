package io.github.bpf4j.elf;

/**
 * One symbol ({@code Elf64_Sym}) with its resolved name.
 *
 * @param index        the index in its symbol table
 * @param name         the name from the linked string table ({@code ""} for none)
 * @param value        {@code st_value}: an offset into the section in relocatable objects, a virtual address in
 *                     executables and shared libraries
 * @param size         {@code st_size}
 * @param type         {@code ELF64_ST_TYPE(st_info)}: see the constants
 * @param bind         {@code ELF64_ST_BIND(st_info)}: see the constants
 * @param visibility   {@code ELF64_ST_VISIBILITY(st_other)}: see the constants
 * @param sectionIndex {@code st_shndx}: a section index, {@link #UNDEF}, {@link #ABS} or {@link #COMMON}
 */
public record ElfSymbol(int index, String name, long value, long size, int type, int bind, int visibility,
        int sectionIndex) {

    public static final int NOTYPE = 0;
    public static final int OBJECT = 1;
    public static final int FUNC = 2;
    public static final int SECTION = 3;
    public static final int FILE = 4;
    public static final int COMMON_TYPE = 5;
    public static final int TLS = 6;
    public static final int GNU_IFUNC = 10;

    public static final int LOCAL = 0;
    public static final int GLOBAL = 1;
    public static final int WEAK = 2;

    public static final int DEFAULT = 0;
    public static final int INTERNAL = 1;
    public static final int HIDDEN = 2;
    public static final int PROTECTED = 3;

    public static final int UNDEF = 0;
    public static final int ABS = 0xfff1;
    public static final int COMMON = 0xfff2;

    /** Whether the symbol is defined in a section of this file. */
    public boolean isDefined() {
        return sectionIndex != UNDEF && sectionIndex < 0xff00;
    }

    /** Whether the symbol is code ({@code STT_FUNC} or {@code STT_GNU_IFUNC}). */
    public boolean isFunction() {
        return type == FUNC || type == GNU_IFUNC;
    }

    /** The encoded {@code st_info} byte. */
    public int info() {
        return (bind << 4) | (type & 0xf);
    }

    /** A short name for the type, as readelf prints it. */
    public static String typeName(int type) {
        return switch (type) {
            case NOTYPE -> "NOTYPE";
            case OBJECT -> "OBJECT";
            case FUNC -> "FUNC";
            case SECTION -> "SECTION";
            case FILE -> "FILE";
            case COMMON_TYPE -> "COMMON";
            case TLS -> "TLS";
            case GNU_IFUNC -> "IFUNC";
            default -> Integer.toString(type);
        };
    }

    /** A short name for the binding, as readelf prints it. */
    public static String bindName(int bind) {
        return switch (bind) {
            case LOCAL -> "LOCAL";
            case GLOBAL -> "GLOBAL";
            case WEAK -> "WEAK";
            case 10 -> "UNIQUE";
            default -> Integer.toString(bind);
        };
    }
}
