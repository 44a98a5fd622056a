package io.github.bpf4j.btf.core;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test-only reader of 64-bit little-endian relocatable ELF files: section contents by name and function symbols.
 * bpf-btf cannot depend on bpf-elf, and the differential CO-RE test needs only this much. Every offset is checked
 * against the file size.
 */
public final class TinyElf {

    /** A function symbol: its name, section, and byte offset and size within the section. */
    public record Func(String name, String section, long value, long size, boolean global) {}

    private final Map<String, byte[]> sections = new LinkedHashMap<>();
    private final List<Func> funcs = new ArrayList<>();

    private TinyElf() {}

    public static TinyElf read(byte[] file) {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        if (file.length < 64 || b.getInt(0) != 0x464c457f || file[4] != 2 || file[5] != 1) {
            throw new IllegalArgumentException("not a 64-bit little-endian ELF file");
        }
        long shoff = b.getLong(0x28);
        int shentsize = Short.toUnsignedInt(b.getShort(0x3a));
        int shnum = Short.toUnsignedInt(b.getShort(0x3c));
        int shstrndx = Short.toUnsignedInt(b.getShort(0x3e));
        check(shoff, (long) shentsize * shnum, file.length);
        long[][] sh = new long[shnum][];
        for (int i = 0; i < shnum; i++) {
            int p = (int) (shoff + (long) i * shentsize);
            // name, type, offset, size, link, entsize
            sh[i] = new long[] {Integer.toUnsignedLong(b.getInt(p)), Integer.toUnsignedLong(b.getInt(p + 4)),
                b.getLong(p + 0x18), b.getLong(p + 0x20), Integer.toUnsignedLong(b.getInt(p + 0x28)),
                b.getLong(p + 0x38)};
        }
        TinyElf elf = new TinyElf();
        byte[][] bytes = new byte[shnum][];
        String[] names = new String[shnum];
        for (int i = 0; i < shnum; i++) {
            boolean nobits = sh[i][1] == 8;
            if (!nobits) {
                check(sh[i][2], sh[i][3], file.length);
            }
            bytes[i] = nobits ? new byte[0] : java.util.Arrays.copyOfRange(file, (int) sh[i][2],
                    (int) (sh[i][2] + sh[i][3]));
        }
        for (int i = 0; i < shnum; i++) {
            names[i] = cString(bytes[shstrndx], (int) sh[i][0]);
            elf.sections.putIfAbsent(names[i], bytes[i]);
        }
        for (int i = 0; i < shnum; i++) {
            if (sh[i][1] != 2) { // SHT_SYMTAB
                continue;
            }
            byte[] strtab = bytes[(int) sh[i][4]];
            ByteBuffer s = ByteBuffer.wrap(bytes[i]).order(ByteOrder.LITTLE_ENDIAN);
            for (int p = 0; p + 24 <= bytes[i].length; p += 24) {
                int info = s.get(p + 4) & 0xff;
                int shndx = Short.toUnsignedInt(s.getShort(p + 6));
                if ((info & 0xf) == 2 && shndx > 0 && shndx < shnum) { // STT_FUNC
                    elf.funcs.add(new Func(cString(strtab, s.getInt(p)), names[shndx], s.getLong(p + 8),
                            s.getLong(p + 16), (info >> 4) == 1));
                }
            }
        }
        return elf;
    }

    public byte[] section(String name) {
        return sections.get(name);
    }

    public Map<String, byte[]> sections() {
        return sections;
    }

    public List<Func> funcs() {
        return funcs;
    }

    private static void check(long off, long len, long size) {
        if (off < 0 || len < 0 || off + len > size) {
            throw new IllegalArgumentException("ELF range " + off + "+" + len + " is outside the file of " + size);
        }
    }

    private static String cString(byte[] b, int off) {
        if (off < 0 || off >= b.length) {
            return "";
        }
        int end = off;
        while (end < b.length && b[end] != 0) {
            end++;
        }
        return new String(b, off, end - off, StandardCharsets.UTF_8);
    }
}
