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
        ByteOrder order = obj.order();
        Strtab strtab = new Strtab();

        // Symbols: the null symbol, then locals, then globals and weaks (ELF requires locals first).
        List<Integer> symOrder = new ArrayList<>();
        for (int i = 0; i < obj.symbols().size(); i++) {
            if (obj.symbols().get(i).bind() == ElfSymbol.LOCAL) {
                symOrder.add(i);
            }
        }
        int firstGlobal = symOrder.size() + 1;
        for (int i = 0; i < obj.symbols().size(); i++) {
            if (obj.symbols().get(i).bind() != ElfSymbol.LOCAL) {
                symOrder.add(i);
            }
        }
        Map<Integer, Integer> symIndex = new HashMap<>();
        for (int i = 0; i < symOrder.size(); i++) {
            symIndex.put(symOrder.get(i), i + 1);
        }

        // Section indices: 1.., each content section followed by its relocations.
        List<Header> headers = new ArrayList<>();
        headers.add(new Header("", ElfSection.NULL, 0, 0, 0, 0, 0, new byte[0], 0));
        int[] secIndex = new int[obj.sections().size()];
        List<Integer> relOwners = new ArrayList<>();
        for (int i = 0; i < obj.sections().size(); i++) {
            RelocatableObject.Section s = obj.sections().get(i);
            secIndex[i] = headers.size();
            headers.add(new Header(s.name(), s.type(), s.flags(), s.align(), s.entsize(), 0, 0, s.data(),
                    s.size()));
            if (!s.relocations().isEmpty()) {
                headers.add(null); // filled below once the symbol table index is known
                relOwners.add(i);
            }
        }
        int symtabIndex = headers.size();
        int strtabIndex = symtabIndex + 1;

        int relSlot = 0;
        for (int h = 1; h < headers.size(); h++) {
            if (headers.get(h) != null) {
                continue;
            }
            int owner = relOwners.get(relSlot++);
            RelocatableObject.Section s = obj.sections().get(owner);
            byte[] rel = new byte[s.relocations().size() * ElfFile.REL_SIZE];
            int p = 0;
            for (RelocatableObject.Relocation r : s.relocations()) {
                long sym = r.symbol() < 0 ? 0 : symIndex.get(r.symbol());
                Bytes.put64(rel, p, r.offset(), order);
                Bytes.put64(rel, p + 8, (sym << 32) | (r.type() & 0xffffffffL), order);
                p += ElfFile.REL_SIZE;
            }
            headers.set(h, new Header(".rel" + s.name(), ElfSection.REL, ElfSection.INFO_LINK, 8, ElfFile.REL_SIZE,
                    symtabIndex, secIndex[owner], rel, rel.length));
        }

        byte[] symtab = new byte[(symOrder.size() + 1) * ElfFile.SYM_SIZE];
        for (int i = 0; i < symOrder.size(); i++) {
            RelocatableObject.Symbol s = obj.symbols().get(symOrder.get(i));
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
        headers.add(new Header(".symtab", ElfSection.SYMTAB, 0, 8, ElfFile.SYM_SIZE, strtabIndex, firstGlobal,
                symtab, symtab.length));
        int[] nameOffsets = new int[headers.size() + 1];
        for (int h = 1; h < headers.size(); h++) {
            nameOffsets[h] = strtab.add(headers.get(h).name);
        }
        nameOffsets[strtabIndex] = strtab.add(".strtab");
        byte[] strings = strtab.bytes();
        headers.add(new Header(".strtab", ElfSection.STRTAB, 0, 1, 0, 0, 0, strings, strings.length));

        // Layout.
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
        while (out.size() % 8 != 0) {
            out.write(0);
        }
        long shoff = out.size();
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
        out.writeBytes(shdrs);
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
