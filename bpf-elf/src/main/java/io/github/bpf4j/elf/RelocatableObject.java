package io.github.bpf4j.elf;

import io.github.bpf4j.asm.text.Assembly;
import io.github.bpf4j.btf.core.LocalTypes;
import io.github.bpf4j.elf.internal.AssemblyLayout;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The contents of a relocatable ELF object, independent of its layout: sections with their bytes and relocations,
 * and symbols. It is what an assembler produces and what {@link ElfWriter} lays out; {@link #of(ElfFile)} takes it
 * back out of a file. Symbol tables, string tables and relocation sections are not sections here: the writer
 * derives them.
 *
 * <p>Sections and symbols refer to each other by position in these lists, never by file index.
 *
 * @param order    the byte order of the object
 * @param sections the sections, in file order
 * @param symbols  the symbols, without the null symbol; the writer puts local ones first
 */
public record RelocatableObject(ByteOrder order, List<Section> sections, List<Symbol> symbols) {

    /** {@link Symbol#section()} of an undefined symbol. */
    public static final int UNDEF = -1;
    /** {@link Symbol#section()} of an absolute symbol ({@code SHN_ABS}). */
    public static final int ABS = -2;
    /** {@link Symbol#section()} of a common symbol ({@code SHN_COMMON}). */
    public static final int COMMON = -3;

    /** The largest section alignment accepted (what BPF objects use is 8 at most). */
    public static final long MAX_ALIGN = 1 << 16;

    /** Whether {@code align} is 0 or a power of two no larger than {@link #MAX_ALIGN}. */
    static boolean validAlignment(long align) {
        return align >= 0 && align <= MAX_ALIGN && (align & (align - 1)) == 0;
    }

    public RelocatableObject {
        Objects.requireNonNull(order, "order");
        sections = List.copyOf(sections);
        symbols = List.copyOf(symbols);
        for (Symbol s : symbols) {
            if (s.section() >= sections.size()) {
                throw new IllegalArgumentException("symbol " + s.name() + " refers to section " + s.section()
                        + " of " + sections.size());
            }
        }
        for (Section sec : sections) {
            for (Relocation r : sec.relocations()) {
                if (r.symbol() >= symbols.size()) {
                    throw new IllegalArgumentException("relocation in " + sec.name() + " at " + r.offset()
                            + " refers to symbol " + r.symbol() + " of " + symbols.size());
                }
            }
        }
    }

    /**
     * One section.
     *
     * @param name        the name
     * @param type        {@code sh_type}, e.g. {@link ElfSection#PROGBITS} or {@link ElfSection#NOBITS}
     * @param flags       {@code sh_flags}
     * @param align       {@code sh_addralign}
     * @param entsize     {@code sh_entsize}
     * @param data        the bytes; empty for {@code NOBITS}
     * @param size        the size: {@code data.length}, or the memory size of a {@code NOBITS} section
     * @param relocations the relocations that patch this section
     */
    public record Section(String name, int type, long flags, long align, long entsize, byte[] data, long size,
            List<Relocation> relocations) {

        public Section {
            Objects.requireNonNull(name, "name");
            data = data.clone();
            relocations = List.copyOf(relocations);
            if (!validAlignment(align)) {
                throw new IllegalArgumentException("section " + name + ": alignment " + align
                        + " is not 0 or a power of two up to " + MAX_ALIGN);
            }
            if (type != ElfSection.NOBITS && size != data.length) {
                throw new IllegalArgumentException("section " + name + ": size " + size + " but " + data.length
                        + " bytes");
            }
            for (Relocation r : relocations) {
                if (r.offset() < 0 || r.offset() >= size) {
                    throw new IllegalArgumentException("section " + name + ": relocation offset " + r.offset()
                            + " outside its " + size + " bytes");
                }
            }
        }

        /** A {@code PROGBITS} section. */
        public static Section progbits(String name, long flags, long align, byte[] data, List<Relocation> relocs) {
            return new Section(name, ElfSection.PROGBITS, flags, align, 0, data, data.length, relocs);
        }

        /** A code section ({@code SHF_ALLOC | SHF_EXECINSTR}, 8-byte aligned). */
        public static Section code(String name, byte[] insns, List<Relocation> relocs) {
            return progbits(name, ElfSection.ALLOC | ElfSection.EXECINSTR, 8, insns, relocs);
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Section s && name.equals(s.name) && type == s.type && flags == s.flags
                    && align == s.align && entsize == s.entsize && size == s.size && Arrays.equals(data, s.data)
                    && relocations.equals(s.relocations);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, type, flags, size, relocations) * 31 + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Section[" + name + ", type " + type + ", flags 0x" + Long.toHexString(flags) + ", " + size
                    + " bytes, " + relocations.size() + " relocations]";
        }
    }

    /**
     * One symbol.
     *
     * @param name       the name ({@code ""} for section symbols)
     * @param type       {@link ElfSymbol#FUNC}, {@link ElfSymbol#OBJECT}, {@link ElfSymbol#SECTION}, ...
     * @param bind       {@link ElfSymbol#LOCAL}, {@link ElfSymbol#GLOBAL} or {@link ElfSymbol#WEAK}
     * @param visibility {@link ElfSymbol#DEFAULT}, {@link ElfSymbol#HIDDEN}, ...
     * @param section    the position of its section in {@link #sections()}, or {@link #UNDEF}, {@link #ABS},
     *                   {@link #COMMON}
     * @param value      the offset in the section
     * @param size       the size
     */
    public record Symbol(String name, int type, int bind, int visibility, int section, long value, long size) {
        public Symbol {
            Objects.requireNonNull(name, "name");
            if (section < COMMON) {
                throw new IllegalArgumentException("symbol " + name + ": bad section " + section);
            }
        }

        /** The section symbol of section {@code section} (what relocations to static code and data use). */
        public static Symbol ofSection(int section) {
            return new Symbol("", ElfSymbol.SECTION, ElfSymbol.LOCAL, ElfSymbol.DEFAULT, section, 0, 0);
        }

        /** A global function (a program, or a global subprogram in {@code .text}). */
        public static Symbol function(String name, int section, long offset, long size) {
            return new Symbol(name, ElfSymbol.FUNC, ElfSymbol.GLOBAL, ElfSymbol.DEFAULT, section, offset, size);
        }

        /** A global variable or map definition. */
        public static Symbol object(String name, int section, long offset, long size) {
            return new Symbol(name, ElfSymbol.OBJECT, ElfSymbol.GLOBAL, ElfSymbol.DEFAULT, section, offset, size);
        }
    }

    /**
     * One relocation.
     *
     * @param offset the byte offset in the section it patches
     * @param type   the relocation type, e.g. {@link BpfRelocType#code()}
     * @param symbol the position of the symbol in {@link #symbols()}, or -1 for none
     */
    public record Relocation(long offset, int type, int symbol) {
        /** A BPF relocation. */
        public static Relocation of(long offset, BpfRelocType type, int symbol) {
            return new Relocation(offset, type.code(), symbol);
        }
    }

    private static long elfHeaderOffset(ElfFile elf, ElfSection s) {
        return elf.sectionHeaderOffset() + (long) s.index() * ElfFile.SHDR_SIZE;
    }

    /** The first section with this name, as a position in {@link #sections()}, or -1. */
    public int sectionIndex(String name) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The object of an assembled unit: its sections, symbols and relocations, little endian. An assembly with CO-RE
     * references or {@code .bpf_map} declarations needs {@link #of(Assembly, LocalTypes)}.
     */
    public static RelocatableObject of(Assembly assembly) {
        return AssemblyLayout.of(assembly, null);
    }

    /**
     * The object of an assembled unit with the {@code .BTF} and {@code .BTF.ext} clang would write for the same C:
     * the types {@code local} resolved the CO-RE references with (their ids kept, so the relocation records stay
     * right), a FUNC per program, the BTF-defined maps of {@code .bpf_map}, func_info and core_relo records.
     *
     * @param local the resolver the assembler was given; null when the assembly has no CO-RE reference
     * @throws IllegalArgumentException when the assembly also has its own {@code .BTF}, or names an unknown map type
     */
    public static RelocatableObject of(Assembly assembly, LocalTypes local) {
        return AssemblyLayout.of(assembly, local);
    }

    /**
     * The contents of a relocatable ELF file. Symbol tables, string tables, relocation sections (folded into the
     * sections they patch), {@code .llvm_addrsig} (which lists symbol indices that the writer renumbers) and the
     * symbols of dropped sections are left out.
     *
     * @throws ElfFormatException when the file is not relocatable, or a relocation refers to a symbol left out
     */
    public static RelocatableObject of(ElfFile elf) {
        if (elf.type() != ElfFile.ET_REL) {
            throw new ElfFormatException("ELF header", 16, "e_type " + elf.type() + " is not ET_REL (1)");
        }
        Map<Integer, Integer> sectionPos = new HashMap<>();
        List<ElfSection> kept = new ArrayList<>();
        for (ElfSection s : elf.sections()) {
            if (s.index() == 0 || s.type() == ElfSection.SYMTAB || s.type() == ElfSection.STRTAB
                    || s.type() == ElfSection.REL || s.type() == ElfSection.RELA
                    || s.type() == ElfSection.LLVM_ADDRSIG || s.type() == ElfSection.NULL) {
                continue;
            }
            if (!validAlignment(s.addralign())) {
                throw new ElfFormatException(s.name(), elfHeaderOffset(elf, s) + 48, "sh_addralign "
                        + Long.toUnsignedString(s.addralign()) + " is not 0 or a power of two up to " + MAX_ALIGN);
            }
            sectionPos.put(s.index(), kept.size());
            kept.add(s);
        }
        Map<Integer, Integer> symbolPos = new HashMap<>();
        List<Symbol> symbols = new ArrayList<>();
        for (ElfSymbol s : elf.symbols()) {
            if (s.index() == 0) {
                continue;
            }
            int sec;
            if (s.sectionIndex() == ElfSymbol.UNDEF) {
                sec = UNDEF;
            } else if (s.sectionIndex() == ElfSymbol.ABS) {
                sec = ABS;
            } else if (s.sectionIndex() == ElfSymbol.COMMON) {
                sec = COMMON;
            } else if (sectionPos.containsKey(s.sectionIndex())) {
                sec = sectionPos.get(s.sectionIndex());
            } else {
                continue;
            }
            symbolPos.put(s.index(), symbols.size());
            symbols.add(new Symbol(s.name(), s.type(), s.bind(), s.visibility(), sec, s.value(), s.size()));
        }
        List<Section> sections = new ArrayList<>();
        for (ElfSection s : kept) {
            List<Relocation> relocs = new ArrayList<>();
            for (ElfSection rs : elf.relocationSectionsFor(s)) {
                if (rs.link() != elf.symbolTableIndex()) {
                    continue;
                }
                List<ElfRelocation> list = elf.relocations(rs);
                for (int i = 0; i < list.size(); i++) {
                    ElfRelocation r = list.get(i);
                    Integer pos = r.symbolIndex() == 0 ? Integer.valueOf(-1) : symbolPos.get(r.symbolIndex());
                    if (pos == null) {
                        throw new ElfFormatException(rs.name(), rs.offset() + (long) i * rs.entsize() + 8,
                                "relocation " + i + " refers to symbol " + r.symbolIndex()
                                        + " of a section that is not kept");
                    }
                    relocs.add(new Relocation(r.offset(), r.type(), pos));
                }
            }
            sections.add(new Section(s.name(), s.type(), s.flags(), s.addralign(), s.entsize(), elf.contents(s),
                    s.size(), relocs));
        }
        return new RelocatableObject(elf.order(), sections, symbols);
    }
}
