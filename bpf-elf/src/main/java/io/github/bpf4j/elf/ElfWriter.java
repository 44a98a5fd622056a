package io.github.bpf4j.elf;

import io.github.bpf4j.elf.internal.Bytes;
import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out a {@link RelocatableObject} as an ELF64 relocatable file for {@code EM_BPF}, in the shape clang emits:
 * each section followed by its {@code .rel} section, then {@code .symtab} and one {@code .strtab} for both section
 * and symbol names, then the section header table.
 */
public final class ElfWriter {

    private ElfWriter() {}

    /** The ELF bytes of {@code obj}. */
    public static byte[] write(RelocatableObject obj) {
        // Kept as a few small steps: one 2.5 KB method made C2 of OpenJDK 17.0.21 crash (SIGSEGV in
        // Compile::final_graph_reshaping_walk while OSR-compiling it under Jazzer's instrumentation).
        ByteOrder order = obj.order();
        Strtab strtab = new Strtab();
        SymbolOrder symbols = SymbolOrder.of(obj);

        // Section indices: 1.., each content section followed by its relocations.
        List<Header> headers = new ArrayList<>();
        headers.add(new Header("", ElfSection.NULL, 0, 0, 0, 0, 0, new byte[0], 0));
        int[] secIndex = new int[obj.sections().size()];
        for (int i = 0; i < obj.sections().size(); i++) {
            RelocatableObject.Section s = obj.sections().get(i);
            secIndex[i] = headers.size();
            headers.add(new Header(s.name(), s.type(), s.flags(), s.align(), s.entsize(), 0, 0, s.data(),
                    s.size()));
            if (!s.relocations().isEmpty()) {
                headers.add(null); // a placeholder: the symbol table's index is not known yet
            }
        }
        int symtabIndex = headers.size();
        int strtabIndex = symtabIndex + 1;
        for (int i = 0; i < obj.sections().size(); i++) {
            RelocatableObject.Section s = obj.sections().get(i);
            if (!s.relocations().isEmpty()) {
                headers.set(secIndex[i] + 1, relocationHeader(s, symbols, symtabIndex, secIndex[i], order));
            }
        }
        byte[] symtab = symbolTable(obj, symbols, secIndex, strtab, order);
        headers.add(new Header(".symtab", ElfSection.SYMTAB, 0, 8, ElfFile.SYM_SIZE, strtabIndex,
                symbols.firstGlobal(), symtab, symtab.length));
        int[] nameOffsets = new int[headers.size() + 1];
        for (int h = 1; h < headers.size(); h++) {
            nameOffsets[h] = strtab.add(headers.get(h).name);
        }
        nameOffsets[strtabIndex] = strtab.add(".strtab");
        byte[] strings = strtab.bytes();
        headers.add(new Header(".strtab", ElfSection.STRTAB, 0, 1, 0, 0, 0, strings, strings.length));
        return layout(headers, nameOffsets, strtabIndex, order);
    }

    /** ELF wants the null symbol, then the locals, then globals and weaks; {@code index} maps ours to theirs. */
    private record SymbolOrder(List<Integer> order, Map<Integer, Integer> index, int firstGlobal) {

        static SymbolOrder of(RelocatableObject obj) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < obj.symbols().size(); i++) {
                if (obj.symbols().get(i).bind() == ElfSymbol.LOCAL) {
                    order.add(i);
                }
            }
            int firstGlobal = order.size() + 1;
            for (int i = 0; i < obj.symbols().size(); i++) {
                if (obj.symbols().get(i).bind() != ElfSymbol.LOCAL) {
                    order.add(i);
                }
            }
            Map<Integer, Integer> index = new HashMap<>();
            for (int i = 0; i < order.size(); i++) {
                index.put(order.get(i), i + 1);
            }
            return new SymbolOrder(order, index, firstGlobal);
        }
    }

    private static Header relocationHeader(RelocatableObject.Section s, SymbolOrder symbols, int symtabIndex,
            int target, ByteOrder order) {
        byte[] rel = new byte[s.relocations().size() * ElfFile.REL_SIZE];
        int p = 0;
        for (RelocatableObject.Relocation r : s.relocations()) {
            long sym = r.symbol() < 0 ? 0 : symbols.index().get(r.symbol());
            Bytes.put64(rel, p, r.offset(), order);
            Bytes.put64(rel, p + 8, (sym << 32) | (r.type() & 0xffffffffL), order);
            p += ElfFile.REL_SIZE;
        }
        return new Header(".rel" + s.name(), ElfSection.REL, ElfSection.INFO_LINK, 8, ElfFile.REL_SIZE, symtabIndex,
                target, rel, rel.length);
    }

    private static byte[] symbolTable(RelocatableObject obj, SymbolOrder symbols, int[] secIndex, Strtab strtab,
            ByteOrder order) {
        byte[] symtab = new byte[(symbols.order().size() + 1) * ElfFile.SYM_SIZE];
        for (int i = 0; i < symbols.order().size(); i++) {
            RelocatableObject.Symbol s = obj.symbols().get(symbols.order().get(i));
            int p = (i + 1) * ElfFile.SYM_SIZE;
            int shndx = switch (s.section()) {
                case RelocatableObject.UNDEF -> ElfSymbol.UNDEF;
                case RelocatableObject.ABS -> ElfSymbol.ABS;
                case RelocatableObject.COMMON -> ElfSymbol.COMMON;
                default -> secIndex[s.section()];
            };
            Bytes.put32(symtab, p, strtab.add(s.name()), order);
            symtab[p + 4] = (byte) ((s.bind() << 4) | (s.type() & 0xf));
            symtab[p + 5] = (byte) (s.visibility() & 3);
            Bytes.put16(symtab, p + 6, shndx, order);
            Bytes.put64(symtab, p + 8, s.value(), order);
            Bytes.put64(symtab, p + 16, s.size(), order);
        }
        return symtab;
    }

    /** The file: ELF header, the sections' contents each at its alignment, then the section header table. */
    private static byte[] layout(List<Header> headers, int[] nameOffsets, int strtabIndex, ByteOrder order) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[ElfFile.EHDR_SIZE]);
        long[] offsets = new long[headers.size()];
        for (int h = 1; h < headers.size(); h++) {
            Header hd = headers.get(h);
            long align = Math.max(1, hd.align);
            out.writeBytes(new byte[(int) ((align - out.size() % align) % align)]);
            offsets[h] = out.size();
            if (hd.type != ElfSection.NOBITS) {
                out.writeBytes(hd.data);
            }
        }
        out.writeBytes(new byte[(8 - out.size() % 8) % 8]);
        long shoff = out.size();
        out.writeBytes(sectionHeaders(headers, nameOffsets, offsets, order));
        byte[] file = out.toByteArray();

        file[0] = 0x7f;
        file[1] = 'E';
        file[2] = 'L';
        file[3] = 'F';
        file[4] = 2; // ELFCLASS64
        file[5] = (byte) (order == ByteOrder.LITTLE_ENDIAN ? 1 : 2);
        file[6] = 1; // EV_CURRENT
        Bytes.put16(file, 16, ElfFile.ET_REL, order);
        Bytes.put16(file, 18, ElfFile.EM_BPF, order);
        Bytes.put32(file, 20, 1, order);
        Bytes.put64(file, 40, shoff, order);
        Bytes.put16(file, 52, ElfFile.EHDR_SIZE, order);
        Bytes.put16(file, 58, ElfFile.SHDR_SIZE, order);
        Bytes.put16(file, 60, headers.size(), order);
        Bytes.put16(file, 62, strtabIndex, order);
        return file;
    }

    private static byte[] sectionHeaders(List<Header> headers, int[] nameOffsets, long[] offsets, ByteOrder order) {
        byte[] shdrs = new byte[headers.size() * ElfFile.SHDR_SIZE];
        for (int h = 1; h < headers.size(); h++) {
            Header hd = headers.get(h);
            int p = h * ElfFile.SHDR_SIZE;
            Bytes.put32(shdrs, p, nameOffsets[h], order);
            Bytes.put32(shdrs, p + 4, hd.type, order);
            Bytes.put64(shdrs, p + 8, hd.flags, order);
            Bytes.put64(shdrs, p + 24, offsets[h], order);
            Bytes.put64(shdrs, p + 32, hd.size, order);
            Bytes.put32(shdrs, p + 40, hd.link, order);
            Bytes.put32(shdrs, p + 44, hd.info, order);
            Bytes.put64(shdrs, p + 48, hd.align, order);
            Bytes.put64(shdrs, p + 56, hd.entsize, order);
        }
        return shdrs;
    }

    private record Header(String name, int type, long flags, long align, long entsize, int link, int info,
            byte[] data, long size) {}

    /** A string table that shares equal strings. */
    private static final class Strtab {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Map<String, Integer> offsets = new HashMap<>();

        Strtab() {
            bytes.write(0);
            offsets.put("", 0);
        }

        int add(String s) {
            return offsets.computeIfAbsent(s, k -> {
                int off = bytes.size();
                bytes.writeBytes(k.getBytes(StandardCharsets.UTF_8));
                bytes.write(0);
                return off;
            });
        }

        byte[] bytes() {
            return bytes.toByteArray();
        }
    }
}
