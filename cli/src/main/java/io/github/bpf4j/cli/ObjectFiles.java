package io.github.bpf4j.cli;

import io.github.bpf4j.asm.text.Assembly;
import io.github.bpf4j.elf.ElfSection;
import io.github.bpf4j.elf.ElfWriter;
import io.github.bpf4j.elf.RelocatableObject;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lays an assembled unit out as a relocatable ELF object through bpf-elf's writer. */
final class ObjectFiles {

    private ObjectFiles() {}

    /** The ELF bytes of {@code assembly}: its sections, symbols and relocations, little endian. */
    static byte[] write(Assembly assembly) {
        return ElfWriter.write(toRelocatable(assembly));
    }

    static RelocatableObject toRelocatable(Assembly assembly) {
        Map<String, Integer> sectionIndex = new HashMap<>();
        for (Assembly.Section s : assembly.sections()) {
            sectionIndex.putIfAbsent(s.name(), sectionIndex.size());
        }
        List<RelocatableObject.Symbol> symbols = new ArrayList<>();
        Map<Assembly.Symbol, Integer> symbolIndex = new HashMap<>();
        for (Assembly.Symbol sym : assembly.symbols()) {
            symbolIndex.put(sym, symbols.size());
            symbols.add(symbol(sym, sectionIndex));
        }
        List<RelocatableObject.Section> sections = new ArrayList<>();
        for (Assembly.Section s : assembly.sections()) {
            List<RelocatableObject.Relocation> relocs = new ArrayList<>();
            for (Assembly.Relocation r : s.relocations()) {
                Integer target = symbolIndex.get(r.symbol());
                if (target == null) {
                    // A relocation against a symbol the unit does not list (a section symbol): add it once.
                    target = symbols.size();
                    symbolIndex.put(r.symbol(), target);
                    symbols.add(symbol(r.symbol(), sectionIndex));
                }
                relocs.add(new RelocatableObject.Relocation(r.offset(), r.type().code(), target));
            }
            int type = s.type() == Assembly.SectionType.NOBITS ? ElfSection.NOBITS : ElfSection.PROGBITS;
            sections.add(new RelocatableObject.Section(s.name(), type, Assembly.SectionFlag.maskOf(s.flags()),
                    s.alignment(), s.entrySize(), s.content(), s.size(), relocs));
        }
        return new RelocatableObject(ByteOrder.LITTLE_ENDIAN, sections, symbols);
    }

    private static RelocatableObject.Symbol symbol(Assembly.Symbol sym, Map<String, Integer> sectionIndex) {
        int section;
        if (sym.section() == null) {
            section = RelocatableObject.UNDEF;
        } else if (sym.section().equals(Assembly.Symbol.ABSOLUTE)) {
            section = RelocatableObject.ABS;
        } else if (sym.section().equals(Assembly.Symbol.COMMON)) {
            section = RelocatableObject.COMMON;
        } else {
            section = sectionIndex.get(sym.section());
        }
        String name = sym.type() == Assembly.SymbolType.SECTION ? "" : sym.name();
        return new RelocatableObject.Symbol(name, sym.type().code(), sym.binding().code(), sym.visibility().code(),
                section, sym.value(), sym.size());
    }
}
