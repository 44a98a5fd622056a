package io.github.bpf4j.asm.text;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A minimal ELF64 little-endian reader for the assembler's differential test: every section with its bytes,
 * symbols and REL relocations. bpf-asm may not depend on bpf-elf, so llvm-mc's objects are read with this.
 * Offsets are checked by {@link Arrays#copyOfRange} and {@link ByteBuffer}, which throw on a bad file.
 */
final class AsmElfReader {
    static final int SHT_SYMTAB = 2;
    static final int SHT_STRTAB = 3;
    static final int SHT_NOBITS = 8;
    static final int SHT_REL = 9;
    static final int SHT_LLVM_ADDRSIG = 0x6fff4c03;

    record Sec(int index, String name, int type, long flags, long align, long entsize, long size, byte[] data,
            int link, int info) {}

    record Sym(String name, int sectionIndex, long value, long size, int type, int bind) {}

    record Rel(long offset, int type, int symbol) {}

    final List<Sec> sections = new ArrayList<>();
    final List<Sym> symbols = new ArrayList<>();

    AsmElfReader(byte[] file) {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        if (file.length < 64 || b.getInt(0) != 0x464c457f || file[4] != 2 || file[5] != 1) {
            throw new IllegalArgumentException("not an ELF64 little-endian file");
        }
        long shoff = b.getLong(0x28);
        int shentsize = b.getShort(0x3a) & 0xffff;
        int shnum = b.getShort(0x3c) & 0xffff;
        int shstrndx = b.getShort(0x3e) & 0xffff;
        long[][] raw = new long[shnum][];
        for (int i = 0; i < shnum; i++) {
            int p = Math.toIntExact(shoff + (long) i * shentsize);
            raw[i] = new long[] {b.getInt(p) & 0xffffffffL, b.getInt(p + 4), b.getLong(p + 8), b.getLong(p + 0x18),
                b.getLong(p + 0x20), b.getInt(p + 0x28), b.getInt(p + 0x2c), b.getLong(p + 0x30), b.getLong(p + 0x38)};
        }
        byte[] shstr = slice(file, raw[shstrndx][3], raw[shstrndx][4]);
        for (int i = 0; i < shnum; i++) {
            long[] r = raw[i];
            int type = (int) r[1];
            byte[] data = type == SHT_NOBITS ? new byte[0] : slice(file, r[3], r[4]);
            sections.add(new Sec(i, cstr(shstr, (int) r[0]), type, r[2], r[7], r[8], r[4], data, (int) r[5],
                    (int) r[6]));
        }
        for (Sec s : sections) {
            if (s.type() == SHT_SYMTAB) {
                byte[] strtab = sections.get(s.link()).data();
                ByteBuffer sb = ByteBuffer.wrap(s.data()).order(ByteOrder.LITTLE_ENDIAN);
                for (int p = 0; p + 24 <= s.data().length; p += 24) {
                    int info = s.data()[p + 4] & 0xff;
                    symbols.add(new Sym(cstr(strtab, sb.getInt(p)), sb.getShort(p + 6) & 0xffff, sb.getLong(p + 8),
                            sb.getLong(p + 16), info & 0xf, info >> 4));
                }
            }
        }
    }

    List<Rel> relocations(Sec rel) {
        List<Rel> out = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(rel.data()).order(ByteOrder.LITTLE_ENDIAN);
        for (int p = 0; p + 16 <= rel.data().length; p += 16) {
            long info = b.getLong(p + 8);
            out.add(new Rel(b.getLong(p), (int) info, (int) (info >>> 32)));
        }
        return out;
    }

    /** A symbol's name, with section symbols named after their section. */
    String symbolName(int index) {
        Sym s = symbols.get(index);
        if (s.type() == 3) {
            return sections.get(s.sectionIndex()).name();
        }
        return s.name();
    }

    private static byte[] slice(byte[] f, long off, long size) {
        return Arrays.copyOfRange(f, Math.toIntExact(off), Math.toIntExact(off + size));
    }

    private static String cstr(byte[] b, int off) {
        int e = off;
        while (e < b.length && b[e] != 0) {
            e++;
        }
        return new String(b, off, e - off, StandardCharsets.ISO_8859_1);
    }
}
