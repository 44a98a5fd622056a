package io.github.bpf4j.asm.text;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough of ELF64 little-endian to find the executable sections of a BPF object and their symbols, for
 * tests of bpf-asm (which cannot depend on bpf-elf). Trusts nothing: every offset is checked against the file.
 */
final class DisassemblerTestElf {

    record Section(int index, String name, int type, long flags, byte[] bytes) {
        boolean executable() {
            return (flags & 0x4) != 0;
        }
    }

    record Symbol(String name, int type, int sectionIndex, long value) {}

    /** A relocation of section {@code target}: at byte {@code offset}, of {@code type}, against {@code symbol}. */
    record Relocation(int target, long offset, int type, String symbol) {}

    final List<Section> sections = new ArrayList<>();
    final List<Symbol> symbols = new ArrayList<>();
    final List<Relocation> relocations = new ArrayList<>();

    private DisassemblerTestElf() {}

    static DisassemblerTestElf read(byte[] file) {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        if (file.length < 64 || b.getInt(0) != 0x464c457f || file[4] != 2 || file[5] != 1) {
            throw new IllegalArgumentException("not a 64-bit little-endian ELF file");
        }
        long shoff = b.getLong(0x28);
        int shentsize = Short.toUnsignedInt(b.getShort(0x3a));
        int shnum = Short.toUnsignedInt(b.getShort(0x3c));
        int shstrndx = Short.toUnsignedInt(b.getShort(0x3e));
        check(file, shoff, (long) shentsize * shnum);
        long[][] hdr = new long[shnum][];
        for (int i = 0; i < shnum; i++) {
            int p = (int) (shoff + (long) i * shentsize);
            hdr[i] = new long[] {Integer.toUnsignedLong(b.getInt(p)), b.getInt(p + 4), b.getLong(p + 8),
                b.getLong(p + 0x18), b.getLong(p + 0x20), Integer.toUnsignedLong(b.getInt(p + 0x28)),
                b.getLong(p + 0x38), Integer.toUnsignedLong(b.getInt(p + 0x2c))};
        }
        DisassemblerTestElf elf = new DisassemblerTestElf();
        byte[] shstr = bytes(file, hdr[shstrndx][3], hdr[shstrndx][4]);
        for (int i = 0; i < shnum; i++) {
            int type = (int) hdr[i][1];
            byte[] data = type == 8 ? new byte[0] : bytes(file, hdr[i][3], hdr[i][4]); // SHT_NOBITS has none
            elf.sections.add(new Section(i, string(shstr, hdr[i][0]), type, hdr[i][2], data));
        }
        for (int i = 0; i < shnum; i++) {
            if (hdr[i][1] != 2) { // SHT_SYMTAB
                continue;
            }
            byte[] syms = elf.sections.get(i).bytes();
            byte[] strs = elf.sections.get((int) hdr[i][5]).bytes();
            ByteBuffer s = ByteBuffer.wrap(syms).order(ByteOrder.LITTLE_ENDIAN);
            for (int p = 24; p + 24 <= syms.length; p += 24) { // entry 0 is the null symbol
                String name = string(strs, Integer.toUnsignedLong(s.getInt(p)));
                int info = syms[p + 4] & 0xff;
                int shndx = Short.toUnsignedInt(s.getShort(p + 6));
                elf.symbols.add(new Symbol(name, info & 0xf, shndx, s.getLong(p + 8)));
            }
        }
        for (int i = 0; i < shnum; i++) {
            if (hdr[i][1] != 9) { // SHT_REL
                continue;
            }
            ByteBuffer r = ByteBuffer.wrap(elf.sections.get(i).bytes()).order(ByteOrder.LITTLE_ENDIAN);
            for (int p = 0; p + 16 <= r.capacity(); p += 16) {
                long info = r.getLong(p + 8);
                int sym = (int) (info >>> 32);
                String name = "?";
                if (sym >= 1 && sym <= elf.symbols.size()) {
                    Symbol s = elf.symbols.get(sym - 1);
                    // A section symbol has no name of its own: it stands for its section.
                    name = s.type() == 3 && s.sectionIndex() < elf.sections.size()
                            ? elf.sections.get(s.sectionIndex()).name() : s.name();
                }
                elf.relocations.add(new Relocation((int) hdr[i][7], r.getLong(p), (int) info, name));
            }
        }
        return elf;
    }

    /** Symbol names to addresses of the symbols llvm-objdump uses to label addresses in section {@code index}. */
    Map<String, Long> labelSymbols(int index) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Symbol s : symbols) {
            // STT_SECTION (3) and STT_FILE (4) never label an address.
            if (s.sectionIndex() == index && !s.name().isEmpty() && s.type() != 3 && s.type() != 4) {
                m.put(s.name(), s.value());
            }
        }
        return m;
    }

    private static void check(byte[] file, long off, long len) {
        if (off < 0 || len < 0 || off + len > file.length) {
            throw new IllegalArgumentException("range " + off + "+" + len + " outside the file of " + file.length);
        }
    }

    private static byte[] bytes(byte[] file, long off, long len) {
        check(file, off, len);
        byte[] out = new byte[(int) len];
        System.arraycopy(file, (int) off, out, 0, (int) len);
        return out;
    }

    private static String string(byte[] table, long off) {
        if (off < 0 || off >= table.length) {
            return "";
        }
        int end = (int) off;
        while (end < table.length && table[end] != 0) {
            end++;
        }
        return new String(table, (int) off, end - (int) off, StandardCharsets.UTF_8);
    }
}
