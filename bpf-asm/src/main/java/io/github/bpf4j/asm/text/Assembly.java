package io.github.bpf4j.asm.text;

import io.github.bpf4j.asm.CoreRelocation;
import io.github.bpf4j.asm.CoreResolver;
import io.github.bpf4j.asm.Insn;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an assembly file says, in the terms of an ELF relocatable object for BPF: sections with their bytes, the
 * instructions placed in them, symbols, and relocations whose addends sit in the section bytes (REL, as llvm-mc
 * writes BPF objects). Immutable; an ELF writer turns it into an object file without interpreting instructions.
 *
 * <p>Not modelled, because an ELF writer derives them: the string and symbol tables, {@code .rel*} sections and
 * {@code .llvm_addrsig} (see {@link #addrsig()}). Debug sections ({@code .debug_*}) are dropped by the assembler.
 *
 * @param sections       sections in order of first appearance; {@code .text} is always first, as llvm-mc creates it
 * @param symbols        symbols in order of first appearance: file symbols, section symbols that relocations
 *                       need, then labels and referenced names; temporary labels ({@code .L*}) never appear
 * @param addrsig        whether the file asks for an address-significance table ({@code .addrsig})
 * @param addrsigSymbols the symbols named by {@code .addrsig_sym}, in order
 * @param coreRelocations the CO-RE relocations ({@code core(...)} operands) by code section name, in section order,
 *                       each list by instruction offset; the type ids are those of the {@link CoreResolver} the
 *                       assembler was given, whose local BTF an object must carry with them
 * @param maps           the maps declared with {@code .bpf_map}, in order
 */
public record Assembly(List<Section> sections, List<Symbol> symbols, boolean addrsig, List<Symbol> addrsigSymbols,
        Map<String, List<CoreRelocation>> coreRelocations, List<MapDefinition> maps) {

    public Assembly {
        sections = List.copyOf(sections);
        symbols = List.copyOf(symbols);
        addrsigSymbols = List.copyOf(addrsigSymbols);
        Map<String, List<CoreRelocation>> relos = new LinkedHashMap<>();
        coreRelocations.forEach((k, v) -> {
            if (!v.isEmpty()) {
                relos.put(k, List.copyOf(v));
            }
        });
        coreRelocations = Collections.unmodifiableMap(relos);
        maps = List.copyOf(maps);
    }

    /** An assembly without CO-RE relocations or map declarations. */
    public Assembly(List<Section> sections, List<Symbol> symbols, boolean addrsig, List<Symbol> addrsigSymbols) {
        this(sections, symbols, addrsig, addrsigSymbols, Map.of(), List.of());
    }

    /**
     * A map declared with {@code .bpf_map NAME, TYPE, KEY_SIZE, VALUE_SIZE, MAX_ENTRIES[, FLAGS]}: the assembler
     * reserves its definition in section {@code .maps} under a global object symbol {@code NAME}; an ELF writer gives
     * it the BTF that libbpf reads BTF-defined maps from ({@code __uint(type, ...)} and so on).
     *
     * @param name       the map (and symbol) name
     * @param type       the map type as the kernel spells it without prefix, lower case ({@code perf_event_array},
     *                   {@code ringbuf}, {@code hash}), or a number
     * @param keySize    the key size in bytes (0: not given)
     * @param valueSize  the value size in bytes (0: not given)
     * @param maxEntries the maximum entries (0: not given; libbpf fills perf event arrays with the CPU count)
     * @param flags      the map flags
     */
    public record MapDefinition(String name, String type, long keySize, long valueSize, long maxEntries, long flags) {
        public MapDefinition {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            for (long v : new long[] {keySize, valueSize, maxEntries, flags}) {
                if (v < 0 || v > 0xffffffffL) {
                    throw new IllegalArgumentException("map " + name + ": " + v + " is not an unsigned 32-bit value");
                }
            }
        }

        /** The number of 8-byte fields of the definition in {@code .maps}: the type and each value given. */
        public int fieldCount() {
            return 1 + (keySize != 0 ? 1 : 0) + (valueSize != 0 ? 1 : 0) + (maxEntries != 0 ? 1 : 0)
                    + (flags != 0 ? 1 : 0);
        }
    }

    /** The section of that name. */
    public Optional<Section> section(String name) {
        for (Section s : sections) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The symbol of that name (section symbols are found by their section's name). */
    public Optional<Symbol> symbol(String name) {
        for (Symbol s : symbols) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** ELF section types that assembly can create ({@code sh_type}). */
    public enum SectionType {
        /** Bytes stored in the file. */
        PROGBITS(1),
        /** Zero-filled space that takes no room in the file ({@code .bss}). */
        NOBITS(8);

        private final int code;

        SectionType(int code) {
            this.code = code;
        }

        /** The {@code sh_type} value. */
        public int code() {
            return code;
        }
    }

    /** ELF section flags ({@code sh_flags}) that the {@code .section} flag string can set. */
    public enum SectionFlag {
        /** {@code w}. */
        WRITE(0x1, 'w'),
        /** {@code a}. */
        ALLOC(0x2, 'a'),
        /** {@code x}. */
        EXECINSTR(0x4, 'x'),
        /** {@code M}: entries of {@link Section#entrySize()} bytes may be merged. */
        MERGE(0x10, 'M'),
        /** {@code S}: NUL-terminated strings. */
        STRINGS(0x20, 'S'),
        /** {@code T}. */
        TLS(0x400, 'T'),
        /** {@code R}: kept by the linker's garbage collection. */
        RETAIN(0x200000, 'R'),
        /** {@code e}: excluded from links. */
        EXCLUDE(0x80000000L, 'e');

        private final long mask;
        private final char letter;

        SectionFlag(long mask, char letter) {
            this.mask = mask;
            this.letter = letter;
        }

        /** The bit in {@code sh_flags}. */
        public long mask() {
            return mask;
        }

        /** The letter in a {@code .section} flag string. */
        public char letter() {
            return letter;
        }

        /** The {@code sh_flags} value of a set of flags. */
        public static long maskOf(Set<SectionFlag> flags) {
            long m = 0;
            for (SectionFlag f : flags) {
                m |= f.mask;
            }
            return m;
        }
    }

    /**
     * A section.
     *
     * @param name        the section name
     * @param type        PROGBITS or NOBITS
     * @param flags       the section flags
     * @param entrySize   the entry size of a mergeable section ({@code sh_entsize}), else 0
     * @param alignment   the alignment in bytes, a power of two ({@code sh_addralign})
     * @param size        the size in bytes (for NOBITS, of the space reserved)
     * @param content     the bytes (empty for NOBITS): relocated fields hold their addends
     * @param insns       the instructions placed in the section, in order, with their byte offsets
     * @param relocations the relocations of the section, by offset
     */
    public record Section(String name, SectionType type, Set<SectionFlag> flags, int entrySize, long alignment,
            long size, byte[] content, List<PlacedInsn> insns, List<Relocation> relocations) {

        public Section {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            flags = flags.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(SectionFlag.class))
                    : Collections.unmodifiableSet(EnumSet.copyOf(flags));
            if (alignment < 1 || Long.bitCount(alignment) != 1) {
                throw new IllegalArgumentException("alignment " + alignment + " is not a power of two");
            }
            if (type == SectionType.NOBITS ? content.length != 0 : content.length != size) {
                throw new IllegalArgumentException("section " + name + " has " + content.length
                        + " content bytes for size " + size);
            }
            content = content.clone();
            insns = List.copyOf(insns);
            relocations = List.copyOf(relocations);
        }

        /** A copy of the bytes. */
        @Override
        public byte[] content() {
            return content.clone();
        }

        /** Whether the section holds code ({@link SectionFlag#EXECINSTR}). */
        public boolean isCode() {
            return flags.contains(SectionFlag.EXECINSTR);
        }

        /** The instructions alone. */
        public List<Insn> instructions() {
            return insns.stream().map(PlacedInsn::insn).toList();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Section s && name.equals(s.name) && type == s.type && flags.equals(s.flags)
                    && entrySize == s.entrySize && alignment == s.alignment && size == s.size
                    && Arrays.equals(content, s.content) && insns.equals(s.insns) && relocations.equals(s.relocations);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, type, flags, entrySize, alignment, size, Arrays.hashCode(content), insns,
                    relocations);
        }

        @Override
        public String toString() {
            return "Section[" + name + ", " + type + ", " + flags + ", align " + alignment + ", " + size + " bytes, "
                    + insns.size() + " insns, " + relocations.size() + " relocations]";
        }
    }

    /**
     * An instruction at a byte offset of its section.
     *
     * @param offset the byte offset
     * @param insn   the instruction, as encoded in the section (relocated fields hold their addends)
     */
    public record PlacedInsn(long offset, Insn insn) {
        public PlacedInsn {
            Objects.requireNonNull(insn, "insn");
        }
    }

    /** Symbol types ({@code STT_*}). */
    public enum SymbolType {
        NOTYPE(0), OBJECT(1), FUNC(2), SECTION(3), FILE(4);

        private final int code;

        SymbolType(int code) {
            this.code = code;
        }

        /** The {@code STT_*} value. */
        public int code() {
            return code;
        }
    }

    /** Symbol bindings ({@code STB_*}). */
    public enum Binding {
        LOCAL(0), GLOBAL(1), WEAK(2);

        private final int code;

        Binding(int code) {
            this.code = code;
        }

        /** The {@code STB_*} value. */
        public int code() {
            return code;
        }
    }

    /** Symbol visibilities ({@code STV_*}). */
    public enum Visibility {
        DEFAULT, INTERNAL, HIDDEN, PROTECTED;

        /** The {@code STV_*} value. */
        public int code() {
            return ordinal();
        }
    }

    /**
     * A symbol.
     *
     * @param name       the name (a section symbol carries its section's name)
     * @param section    the defining section, or {@code null} when undefined (or a file symbol)
     * @param value      the byte offset in its section
     * @param size       the size from {@code .size}, else 0
     * @param type       the type
     * @param binding    the binding; undefined symbols are global unless declared weak
     * @param visibility the visibility
     */
    public record Symbol(String name, String section, long value, long size, SymbolType type, Binding binding,
            Visibility visibility) {

        public Symbol {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(binding, "binding");
            Objects.requireNonNull(visibility, "visibility");
        }

        /** {@link #section} of an absolute symbol ({@code .set}; SHN_ABS), spelled as llvm-objdump does. */
        public static final String ABSOLUTE = "*ABS*";
        /** {@link #section} of a common symbol ({@code .comm}; SHN_COMMON), spelled as llvm-objdump does. */
        public static final String COMMON = "*COM*";

        /** Whether a section defines the symbol, or it is absolute or common. */
        public boolean isDefined() {
            return section != null;
        }

        /** Whether the symbol is an absolute value ({@code .set}), in no section. */
        public boolean isAbsolute() {
            return ABSOLUTE.equals(section);
        }

        /** Whether the symbol is a common block ({@code .comm}), in no section. */
        public boolean isCommon() {
            return COMMON.equals(section);
        }
    }

    /** BPF relocation types ({@code R_BPF_*} in elf.h), as llvm-mc chooses them. */
    public enum RelocationType {
        /** The 64-bit immediate load {@code r1 = sym ll}: the addend is the first immediate. */
        BPF_64_64(1),
        /** An 8-byte data field ({@code .quad sym}). */
        BPF_64_ABS64(2),
        /** A 4-byte data field. */
        BPF_64_ABS32(3),
        /**
         * A 4-byte data field that runtime loaders leave alone: llvm-mc uses it for a temporary label in a code
         * section (instruction offsets in {@code .BTF.ext}) and for a named symbol in a writable allocated section
         * (variable offsets in {@code .BTF}).
         */
        BPF_64_NODYLD32(4),
        /** A call's immediate ({@code call sym}): in slots, addend {@code (value - 8) / 8} in place. */
        BPF_64_32(10);

        private final int code;

        RelocationType(int code) {
            this.code = code;
        }

        /** The {@code R_BPF_*} value. */
        public int code() {
            return code;
        }
    }

    /**
     * A relocation of its section.
     *
     * @param offset the byte offset of the relocated instruction or field
     * @param symbol the symbol (a section symbol where llvm-mc relocates against the section of a local symbol)
     * @param type   the relocation type
     */
    public record Relocation(long offset, Symbol symbol, RelocationType type) {
        public Relocation {
            Objects.requireNonNull(symbol, "symbol");
            Objects.requireNonNull(type, "type");
        }
    }
}
