package io.github.bpf4j.elf;

import io.github.bpf4j.elf.internal.Bytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed ELF64 file of either byte order: header, section headers with names, the static and dynamic symbol
 * tables, relocations (REL and RELA) and program headers.
 *
 * <p>Nothing from the file is trusted: every offset and count is checked against the file before it is used, so
 * a malformed file gives an {@link ElfFormatException} naming the section and byte offset, and no allocation is
 * larger than the file. Section contents are copied out on demand by {@link #contents(ElfSection)}.
 *
 * <p>Instances are immutable.
 */
public final class ElfFile {

    /** {@code e_type} of a relocatable object. */
    public static final int ET_REL = 1;
    /** {@code e_type} of an executable. */
    public static final int ET_EXEC = 2;
    /** {@code e_type} of a shared object or position-independent executable. */
    public static final int ET_DYN = 3;
    /** {@code e_machine} of BPF. */
    public static final int EM_BPF = 247;

    static final int EHDR_SIZE = 64;
    static final int SHDR_SIZE = 64;
    static final int PHDR_SIZE = 56;
    static final int SYM_SIZE = 24;
    static final int REL_SIZE = 16;
    static final int RELA_SIZE = 24;
    private static final int SHN_LORESERVE = 0xff00;
    private static final int SHN_XINDEX = 0xffff;
    private static final String HEADER = "ELF header";
    private static final String SHDRS = "section headers";
    private static final String PHDRS = "program headers";

    private final Bytes bytes;
    private final int type;
    private final int machine;
    private final long entry;
    private final int flags;
    private final List<ElfSection> sections;
    private final List<ElfSymbol> symbols;
    private final int symtabIndex;
    private final List<ElfSymbol> dynamicSymbols;
    private final Map<Integer, List<ElfRelocation>> relocations;
    private final Map<Integer, List<ElfSection>> relocationsByTarget;
    private final List<ProgramHeader> programHeaders;

    private ElfFile(byte[] data) {
        if (data.length < 16) {
            throw new ElfFormatException(HEADER, 0, "file of " + data.length + " bytes is too short for an ELF"
                    + " identification (16 bytes)");
        }
        if (data[0] != 0x7f || data[1] != 'E' || data[2] != 'L' || data[3] != 'F') {
            throw new ElfFormatException(HEADER, 0, "not an ELF file: bad magic bytes");
        }
        if (data[4] != 2) {
            throw new ElfFormatException(HEADER, 4, "EI_CLASS " + data[4] + " is not ELFCLASS64 (2); only 64-bit"
                    + " ELF is supported");
        }
        ByteOrder order = switch (data[5]) {
            case 1 -> ByteOrder.LITTLE_ENDIAN;
            case 2 -> ByteOrder.BIG_ENDIAN;
            default -> throw new ElfFormatException(HEADER, 5, "EI_DATA " + data[5] + " is neither little-endian"
                    + " (1) nor big-endian (2)");
        };
        bytes = new Bytes(data, order);
        bytes.check(HEADER, 0, EHDR_SIZE);
        type = bytes.u16(HEADER, 16);
        machine = bytes.u16(HEADER, 18);
        entry = bytes.i64(HEADER, 24);
        long phoff = bytes.i64(HEADER, 32);
        long shoff = bytes.i64(HEADER, 40);
        flags = bytes.i32(HEADER, 48);
        int phentsize = bytes.u16(HEADER, 54);
        long phnum = bytes.u16(HEADER, 56);
        int shentsize = bytes.u16(HEADER, 58);
        long shnum = bytes.u16(HEADER, 60);
        int shstrndx = bytes.u16(HEADER, 62);

        List<long[]> raw = readSectionHeaders(shoff, shnum, shentsize, shstrndx);
        if (phnum == 0xffff && !raw.isEmpty()) {
            phnum = raw.get(0)[7] & 0xffffffffL; // PN_XNUM: the real count is section 0's sh_info
        }
        if (shstrndx == SHN_XINDEX && !raw.isEmpty()) {
            long link = raw.get(0)[6] & 0xffffffffL; // the real index is section 0's sh_link
            if (link >= raw.size()) {
                throw new ElfFormatException(SHDRS, shoff + 40, "e_shstrndx is SHN_XINDEX and section 0's sh_link "
                        + link + " is not a section index (there are " + raw.size() + " sections)");
            }
            shstrndx = (int) link;
        }
        sections = nameSections(raw, shstrndx);
        checkOverlaps(shoff, raw.size());
        programHeaders = readProgramHeaders(phoff, phnum, phentsize);

        int symtab = -1;
        int dynsym = -1;
        for (ElfSection s : sections) {
            if (s.type() == ElfSection.SYMTAB) {
                if (symtab >= 0) {
                    throw new ElfFormatException(s.name(), s.offset(), "a second symbol table (the first is section "
                            + symtab + ")");
                }
                symtab = s.index();
            } else if (s.type() == ElfSection.DYNSYM && dynsym < 0) {
                dynsym = s.index();
            }
        }
        symtabIndex = symtab;
        symbols = symtab >= 0 ? readSymbols(sections.get(symtab)) : List.of();
        dynamicSymbols = dynsym >= 0 ? readSymbols(sections.get(dynsym)) : List.of();

        Map<Integer, List<ElfRelocation>> rels = new LinkedHashMap<>();
        for (ElfSection s : sections) {
            if (s.type() == ElfSection.REL || s.type() == ElfSection.RELA) {
                rels.put(s.index(), readRelocations(s));
            }
        }
        relocations = Collections.unmodifiableMap(rels);
        Map<Integer, List<ElfSection>> byTarget = new LinkedHashMap<>();
        for (ElfSection s : sections) {
            if (rels.containsKey(s.index())) {
                byTarget.computeIfAbsent(s.info(), k -> new ArrayList<>()).add(s);
            }
        }
        relocationsByTarget = byTarget;
    }

    /** Parses an ELF64 file. */
    public static ElfFile read(byte[] data) {
        return new ElfFile(data.clone());
    }

    /** Reads and parses an ELF64 file. */
    public static ElfFile read(Path path) {
        try {
            return new ElfFile(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- parsing

    /** Raw header fields: name, type, flags, addr, offset, size, link, info, addralign, entsize. */
    private List<long[]> readSectionHeaders(long shoff, long shnum, int shentsize, int shstrndx) {
        if (shoff == 0) {
            if (shnum != 0) {
                throw new ElfFormatException(HEADER, 40, "e_shoff is 0 but e_shnum is " + shnum);
            }
            return List.of();
        }
        if (shentsize != SHDR_SIZE) {
            throw new ElfFormatException(HEADER, 58, "e_shentsize " + shentsize + " is not " + SHDR_SIZE);
        }
        if (shnum == 0) {
            // Extended numbering: the count is section 0's sh_size.
            bytes.check(SHDRS, shoff, SHDR_SIZE);
            shnum = bytes.i64(SHDRS, shoff + 32);
        }
        if (shnum < 0 || shnum > (bytes.length() - Math.max(0, shoff)) / SHDR_SIZE || shoff < 0) {
            throw new ElfFormatException(SHDRS, shoff, "e_shnum " + Long.toUnsignedString(shnum) + " headers of "
                    + SHDR_SIZE + " bytes do not fit in the file of " + bytes.length() + " bytes");
        }
        List<long[]> raw = new ArrayList<>((int) shnum);
        for (int i = 0; i < shnum; i++) {
            long p = shoff + (long) i * SHDR_SIZE;
            raw.add(new long[] {
                bytes.u32(SHDRS, p), bytes.u32(SHDRS, p + 4), bytes.i64(SHDRS, p + 8), bytes.i64(SHDRS, p + 16),
                bytes.i64(SHDRS, p + 24), bytes.i64(SHDRS, p + 32), bytes.u32(SHDRS, p + 40),
                bytes.u32(SHDRS, p + 44), bytes.i64(SHDRS, p + 48), bytes.i64(SHDRS, p + 56)});
        }
        return raw;
    }

    private List<ElfSection> nameSections(List<long[]> raw, int shstrndx) {
        if (raw.isEmpty()) {
            return List.of();
        }
        long shoff = bytes.i64(HEADER, 40);
        // Bounds first: names cannot be resolved from a string table outside the file.
        for (int i = 1; i < raw.size(); i++) {
            long[] h = raw.get(i);
            long type = h[1];
            long off = h[4];
            long size = h[5];
            if (type != ElfSection.NOBITS && type != ElfSection.NULL
                    && (off < 0 || size < 0 || off > bytes.length() || size > bytes.length() - off)) {
                throw new ElfFormatException(SHDRS, shoff + (long) i * SHDR_SIZE + 24, "section " + i + " spans "
                        + Long.toUnsignedString(size) + " bytes from offset " + Long.toUnsignedString(off)
                        + ", outside the file of " + bytes.length() + " bytes");
            }
            if (h[6] >= raw.size()) {
                throw new ElfFormatException(SHDRS, shoff + (long) i * SHDR_SIZE + 40, "section " + i
                        + " links to section " + h[6] + " of " + raw.size());
            }
        }
        if (shstrndx == 0 || shstrndx >= raw.size()) {
            throw new ElfFormatException(HEADER, 62, "e_shstrndx " + shstrndx + " is not a section index (there are "
                    + raw.size() + " sections)");
        }
        long[] str = raw.get(shstrndx);
        if (str[1] != ElfSection.STRTAB) {
            throw new ElfFormatException(SHDRS, shoff + (long) shstrndx * SHDR_SIZE + 4, "section-name table "
                    + shstrndx + " has type " + str[1] + ", not SHT_STRTAB");
        }
        List<ElfSection> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            long[] h = raw.get(i);
            String name = i == 0 ? "" : bytes.cstring(".shstrtab", str[4], str[5], h[0]);
            out.add(new ElfSection(i, name, (int) h[1], h[2], h[3], h[4], h[5], (int) h[6], (int) h[7], h[8], h[9]));
        }
        return List.copyOf(out);
    }

    private void checkOverlaps(long shoff, int count) {
        List<ElfSection> inFile = new ArrayList<>();
        for (ElfSection s : sections) {
            if (s.hasFileBytes() && s.size() > 0) {
                inFile.add(s);
            }
        }
        inFile.sort(Comparator.comparingLong(ElfSection::offset));
        for (int i = 1; i < inFile.size(); i++) {
            ElfSection a = inFile.get(i - 1);
            ElfSection b = inFile.get(i);
            if (b.offset() < a.offset() + a.size()) {
                throw new ElfFormatException(b.name(), b.offset(), "section " + b.index() + " overlaps section "
                        + a.index() + " (" + a.name() + ", bytes " + a.offset() + " to " + (a.offset() + a.size())
                        + ")");
            }
        }
        long tableEnd = shoff + (long) count * SHDR_SIZE;
        for (ElfSection s : inFile) {
            if (s.offset() < tableEnd && shoff < s.offset() + s.size()) {
                throw new ElfFormatException(s.name(), s.offset(), "section " + s.index()
                        + " overlaps the section header table (bytes " + shoff + " to " + tableEnd + ")");
            }
            if (s.offset() < EHDR_SIZE) {
                throw new ElfFormatException(s.name(), s.offset(), "section " + s.index()
                        + " overlaps the ELF header");
            }
        }
    }

    private List<ProgramHeader> readProgramHeaders(long phoff, long phnum, int phentsize) {
        if (phnum == 0) {
            return List.of();
        }
        if (phentsize != PHDR_SIZE) {
            throw new ElfFormatException(HEADER, 54, "e_phentsize " + phentsize + " is not " + PHDR_SIZE);
        }
        if (phoff < 0 || phnum > (bytes.length() - Math.max(0, phoff)) / PHDR_SIZE) {
            throw new ElfFormatException(PHDRS, phoff, "e_phnum " + phnum + " headers of " + PHDR_SIZE
                    + " bytes do not fit in the file of " + bytes.length() + " bytes");
        }
        List<ProgramHeader> out = new ArrayList<>((int) phnum);
        for (int i = 0; i < phnum; i++) {
            long p = phoff + (long) i * PHDR_SIZE;
            ProgramHeader ph = new ProgramHeader(bytes.i32(PHDRS, p), bytes.i32(PHDRS, p + 4), bytes.i64(PHDRS, p + 8),
                    bytes.i64(PHDRS, p + 16), bytes.i64(PHDRS, p + 24), bytes.i64(PHDRS, p + 32),
                    bytes.i64(PHDRS, p + 40), bytes.i64(PHDRS, p + 48));
            if (ph.type() == ProgramHeader.LOAD) {
                long off = ph.offset();
                long sz = ph.filesz();
                if (off < 0 || sz < 0 || off > bytes.length() || sz > bytes.length() - off) {
                    throw new ElfFormatException(PHDRS, p + 8, "PT_LOAD segment " + i + " spans "
                            + Long.toUnsignedString(sz) + " bytes from offset " + Long.toUnsignedString(off)
                            + ", outside the file of " + bytes.length() + " bytes");
                }
                if (Long.compareUnsigned(sz, ph.memsz()) > 0) {
                    throw new ElfFormatException(PHDRS, p + 32, "PT_LOAD segment " + i + " has p_filesz " + sz
                            + " larger than p_memsz " + Long.toUnsignedString(ph.memsz()));
                }
            }
            out.add(ph);
        }
        return List.copyOf(out);
    }

    private ElfSection linkedStringTable(ElfSection table) {
        int link = table.link();
        if (link <= 0 || link >= sections.size() || sections.get(link).type() != ElfSection.STRTAB) {
            throw new ElfFormatException(table.name(), headerOffset(table.index()) + 40, "sh_link " + link
                    + " is not a string table");
        }
        return sections.get(link);
    }

    private long headerOffset(int index) {
        return bytes.i64(HEADER, 40) + (long) index * SHDR_SIZE;
    }

    private List<ElfSymbol> readSymbols(ElfSection table) {
        if (table.entsize() != SYM_SIZE) {
            throw new ElfFormatException(table.name(), headerOffset(table.index()) + 56, "sh_entsize "
                    + table.entsize() + " is not " + SYM_SIZE);
        }
        if (table.size() % SYM_SIZE != 0) {
            throw new ElfFormatException(table.name(), table.offset(), "size " + table.size()
                    + " is not a whole number of " + SYM_SIZE + "-byte symbols");
        }
        ElfSection strings = linkedStringTable(table);
        int count = (int) (table.size() / SYM_SIZE);
        List<ElfSymbol> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long p = table.offset() + (long) i * SYM_SIZE;
            long nameOff = bytes.u32(table.name(), p);
            int info = bytes.u8(table.name(), p + 4);
            int other = bytes.u8(table.name(), p + 5);
            int shndx = bytes.u16(table.name(), p + 6);
            long value = bytes.i64(table.name(), p + 8);
            long size = bytes.i64(table.name(), p + 16);
            if (shndx == SHN_XINDEX) {
                throw new ElfFormatException(table.name(), p + 6, "symbol " + i
                        + " uses SHN_XINDEX; extended section indices are not supported");
            }
            if (shndx != 0 && shndx < SHN_LORESERVE && shndx >= sections.size()) {
                throw new ElfFormatException(table.name(), p + 6, "symbol " + i + " refers to section " + shndx
                        + " but there are " + sections.size() + " sections");
            }
            String name;
            try {
                name = bytes.cstring(strings.name(), strings.offset(), strings.size(), nameOff);
            } catch (ElfFormatException e) {
                throw new ElfFormatException(table.name(), p, "symbol " + i + " name: " + e.getMessage());
            }
            out.add(new ElfSymbol(i, name, value, size, info & 0xf, info >>> 4, other & 3, shndx));
        }
        return List.copyOf(out);
    }

    private List<ElfRelocation> readRelocations(ElfSection s) {
        boolean rela = s.type() == ElfSection.RELA;
        int entsize = rela ? RELA_SIZE : REL_SIZE;
        if (s.entsize() != entsize) {
            throw new ElfFormatException(s.name(), headerOffset(s.index()) + 56, "sh_entsize " + s.entsize()
                    + " is not " + entsize);
        }
        if (s.size() % entsize != 0) {
            throw new ElfFormatException(s.name(), s.offset(), "size " + s.size() + " is not a whole number of "
                    + entsize + "-byte relocations");
        }
        int symCount;
        if (s.link() == 0 && type != ET_REL) {
            symCount = 0;
        } else if (s.link() > 0 && s.link() < sections.size()
                && (sections.get(s.link()).type() == ElfSection.SYMTAB
                        || sections.get(s.link()).type() == ElfSection.DYNSYM)) {
            symCount = (int) (sections.get(s.link()).size() / SYM_SIZE);
        } else {
            throw new ElfFormatException(s.name(), headerOffset(s.index()) + 40, "sh_link " + s.link()
                    + " is not a symbol table");
        }
        ElfSection target = null;
        if (type == ET_REL) {
            if (s.info() <= 0 || s.info() >= sections.size()) {
                throw new ElfFormatException(s.name(), headerOffset(s.index()) + 44, "sh_info " + s.info()
                        + " is not a section index (there are " + sections.size() + " sections)");
            }
            target = sections.get(s.info());
        }
        int count = (int) (s.size() / entsize);
        List<ElfRelocation> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long p = s.offset() + (long) i * entsize;
            long off = bytes.i64(s.name(), p);
            long info = bytes.i64(s.name(), p + 8);
            long addend = rela ? bytes.i64(s.name(), p + 16) : 0;
            long sym = info >>> 32;
            if (sym != 0 && sym >= symCount) {
                throw new ElfFormatException(s.name(), p + 8, "relocation " + i + " refers to symbol " + sym
                        + " but the symbol table has " + symCount);
            }
            if (target != null && (off < 0 || off >= target.size())) {
                throw new ElfFormatException(s.name(), p, "relocation " + i + " at offset "
                        + Long.toUnsignedString(off) + " lies outside section " + target.index() + " ("
                        + target.name() + ", " + target.size() + " bytes)");
            }
            out.add(new ElfRelocation(off, (int) info, (int) sym, addend));
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- access

    /** The byte order of the file. */
    public ByteOrder order() {
        return bytes.order();
    }

    /** {@code e_type}: {@link #ET_REL}, {@link #ET_EXEC}, {@link #ET_DYN}, ... */
    public int type() {
        return type;
    }

    /** {@code e_machine}; {@link #EM_BPF} for BPF objects. */
    public int machine() {
        return machine;
    }

    /** {@code e_entry}. */
    public long entry() {
        return entry;
    }

    /** {@code e_flags}. */
    public int flags() {
        return flags;
    }

    /** The file size in bytes. */
    public int size() {
        return bytes.length();
    }

    /** All section headers, index 0 (the null section) included. */
    public List<ElfSection> sections() {
        return sections;
    }

    /** The first section with this name. */
    public Optional<ElfSection> section(String name) {
        for (ElfSection s : sections) {
            if (s.index() > 0 && s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** A copy of a section's bytes; empty for {@code SHT_NOBITS}. */
    public byte[] contents(ElfSection s) {
        if (!s.hasFileBytes()) {
            return new byte[0];
        }
        return bytes.slice(s.name(), s.offset(), s.size());
    }

    /** The symbols of {@code .symtab} (the null symbol at index 0 included), or empty without one. */
    public List<ElfSymbol> symbols() {
        return symbols;
    }

    /** The index of the {@code SHT_SYMTAB} section, or -1. */
    public int symbolTableIndex() {
        return symtabIndex;
    }

    /** The symbols of {@code .dynsym}, or empty without one. */
    public List<ElfSymbol> dynamicSymbols() {
        return dynamicSymbols;
    }

    /** The relocations of one REL or RELA section (by its own index); empty for any other section. */
    public List<ElfRelocation> relocations(ElfSection relSection) {
        return relocations.getOrDefault(relSection.index(), List.of());
    }

    /** The REL and RELA sections that patch section {@code target}, in section order. */
    public List<ElfSection> relocationSectionsFor(ElfSection target) {
        return relocationsByTarget.getOrDefault(target.index(), List.of());
    }

    /** {@code e_shoff}, the file offset of the section header table. */
    public long sectionHeaderOffset() {
        return bytes.i64(HEADER, 40);
    }

    /** The program headers. */
    public List<ProgramHeader> programHeaders() {
        return programHeaders;
    }
}
