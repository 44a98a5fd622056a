package io.github.bpf4j.elf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Symbol lookups in executables and shared libraries for uprobes: the kernel attaches a uprobe at a file offset of
 * the binary, while symbol tables hold virtual addresses.
 */
public final class ElfSymbols {

    private ElfSymbols() {}

    /** Why a symbol cannot be probed. */
    public static final class SymbolException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String symbol;

        SymbolException(String symbol, String message) {
            super(message);
            this.symbol = symbol;
        }

        /** The symbol looked up. */
        public String symbol() {
            return symbol;
        }
    }

    /** {@link #fileOffset(ElfFile, String)} of the file at {@code binary}. */
    public static long fileOffset(Path binary, String symbol) {
        try {
            return fileOffset(ElfFile.read(binary), symbol);
        } catch (SymbolException e) {
            throw new SymbolException(symbol, binary + ": " + e.getMessage());
        }
    }

    /**
     * The file offset of the function {@code symbol}, from {@code .symtab} or else {@code .dynsym}: its address
     * mapped through the {@code PT_LOAD} segment that contains it (libbpf's {@code elf_find_func_offset}, which
     * uses {@code address - section address + section offset} of the symbol's section; both agree for well-formed
     * files and this method checks that they do).
     *
     * @throws SymbolException when the symbol is missing (naming similar ones), undefined here (imported),
     *                         not a function, of size zero, or in no loadable segment
     */
    public static long fileOffset(ElfFile elf, String symbol) {
        ElfSymbol sym = find(elf, symbol);
        long address = sym.value();
        ProgramHeader segment = null;
        for (ProgramHeader ph : elf.programHeaders()) {
            if (ph.type() == ProgramHeader.LOAD && ph.containsFileAddress(address)) {
                segment = ph;
                break;
            }
        }
        if (elf.programHeaders().isEmpty()) {
            // A relocatable object: the value is an offset into the section.
            ElfSection sec = elf.sections().get(sym.sectionIndex());
            return sec.offset() + address;
        }
        if (segment == null) {
            throw new SymbolException(symbol, "symbol " + symbol + " at address 0x" + Long.toHexString(address)
                    + " lies in no PT_LOAD segment with file bytes");
        }
        long offset = address - segment.vaddr() + segment.offset();
        ElfSection sec = elf.sections().get(sym.sectionIndex());
        if (sec.hasFileBytes() && sec.addr() != 0) {
            long bySection = address - sec.addr() + sec.offset();
            if (bySection != offset) {
                throw new ElfFormatException(sec.name(), sec.offset(), "section " + sec.name() + " maps address 0x"
                        + Long.toHexString(address) + " to file offset " + bySection + " but its PT_LOAD segment"
                        + " maps it to " + offset);
            }
        }
        return offset;
    }

    /**
     * The defined function symbol named {@code symbol}, from {@code .symtab} or else {@code .dynsym}. A versioned
     * dynamic name such as {@code malloc@@GLIBC_2.2.5} is not part of the symbol name in {@code .dynsym}.
     */
    public static ElfSymbol find(ElfFile elf, String symbol) {
        Optional<ElfSymbol> found = lookup(elf.symbols(), symbol);
        if (found.isEmpty() || !found.get().isDefined()) {
            Optional<ElfSymbol> dyn = lookup(elf.dynamicSymbols(), symbol);
            if (dyn.isPresent() && (found.isEmpty() || dyn.get().isDefined())) {
                found = dyn;
            }
        }
        if (found.isEmpty()) {
            throw new SymbolException(symbol, "no symbol " + symbol + " in .symtab"
                    + (elf.dynamicSymbols().isEmpty() ? "" : " or .dynsym") + similar(elf, symbol));
        }
        ElfSymbol s = found.get();
        if (!s.isDefined()) {
            throw new SymbolException(symbol, "symbol " + symbol + " is undefined here (imported from another"
                    + " object); probe it in the library that defines it");
        }
        if (!s.isFunction()) {
            throw new SymbolException(symbol, "symbol " + symbol + " is " + ElfSymbol.typeName(s.type())
                    + ", not a function");
        }
        if (s.size() == 0) {
            throw new SymbolException(symbol, "function " + symbol + " has size 0 (an alias or a stub?)");
        }
        return s;
    }

    private static Optional<ElfSymbol> lookup(List<ElfSymbol> table, String name) {
        ElfSymbol undefined = null;
        for (ElfSymbol s : table) {
            if (s.name().equals(name)) {
                if (s.isDefined() && s.isFunction()) {
                    return Optional.of(s);
                }
                if (undefined == null || s.isDefined()) {
                    undefined = s;
                }
            }
        }
        return Optional.ofNullable(undefined);
    }

    private static String similar(ElfFile elf, String symbol) {
        String needle = symbol.toLowerCase(Locale.ROOT);
        Set<String> names = new LinkedHashSet<>();
        for (List<ElfSymbol> table : List.of(elf.symbols(), elf.dynamicSymbols())) {
            for (ElfSymbol s : table) {
                if (s.isFunction() && s.isDefined() && !s.name().isEmpty()) {
                    names.add(s.name());
                }
            }
        }
        List<String> close = new ArrayList<>();
        for (String n : names) {
            String lower = n.toLowerCase(Locale.ROOT);
            if (lower.contains(needle) || needle.contains(lower) && lower.length() > 2
                    || distance(lower, needle, 2) <= 2) {
                close.add(n);
            }
        }
        close.sort(Comparator.comparingInt((String n) -> distance(n.toLowerCase(Locale.ROOT), needle, 64))
                .thenComparing(Comparator.naturalOrder()));
        if (close.isEmpty()) {
            return "";
        }
        return "; similar: " + String.join(", ", close.subList(0, Math.min(8, close.size())));
    }

    /** Levenshtein distance, giving up (returning {@code limit + 1}) once it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
