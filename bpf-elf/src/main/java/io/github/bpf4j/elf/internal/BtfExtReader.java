package io.github.bpf4j.elf.internal;

import io.github.bpf4j.elf.ElfFormatException;
import io.github.bpf4j.elf.ExtInfo;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Reads {@code .BTF.ext} (struct btf_ext_header, then func_info, line_info and core_relo blocks, each a record size
 * followed by per-section record lists), with every count and offset bounded by the section.
 */
final class BtfExtReader {

    private static final String SEC = ".BTF.ext";
    private static final int MAGIC = 0xeb9f;

    private BtfExtReader() {}

    /**
     * @param data      the section bytes
     * @param base      the file offset of the section, for messages
     * @param order     the object's byte order
     * @param strings   resolves a {@code .BTF} string offset to a section name, or null when out of range
     */
    static ExtSections read(byte[] data, long base, ByteOrder order, LongFunction<String> strings) {
        Bytes b = new Bytes(data, order);
        try {
            if (data.length < 24) {
                throw new ElfFormatException(SEC, base, "header needs 24 bytes, section has " + data.length);
            }
            if (b.u16(SEC, 0) != MAGIC) {
                throw new ElfFormatException(SEC, base, "bad magic 0x" + Integer.toHexString(b.u16(SEC, 0)));
            }
            long hdrLen = b.u32(SEC, 4);
            if (hdrLen < 24 || hdrLen > data.length) {
                throw new ElfFormatException(SEC, base + 4, "hdr_len " + hdrLen + " out of range");
            }
            Map<String, List<ExtInfo.FuncInfo>> funcs = new LinkedHashMap<>();
            Map<String, List<ExtInfo.LineInfo>> lines = new LinkedHashMap<>();
            Map<String, List<ExtInfo.CoreRelo>> relos = new LinkedHashMap<>();
            block(b, base, hdrLen, b.u32(SEC, 8), b.u32(SEC, 12), 8, strings, (sec, p) ->
                    funcs.computeIfAbsent(sec, k -> new ArrayList<>()).add(
                            new ExtInfo.FuncInfo(insnOf(b, base, p), b.i32(SEC, p + 4))));
            block(b, base, hdrLen, b.u32(SEC, 16), b.u32(SEC, 20), 16, strings, (sec, p) ->
                    lines.computeIfAbsent(sec, k -> new ArrayList<>()).add(new ExtInfo.LineInfo(insnOf(b, base, p),
                            b.i32(SEC, p + 4), b.i32(SEC, p + 8), b.i32(SEC, p + 12))));
            if (hdrLen >= 32) {
                block(b, base, hdrLen, b.u32(SEC, 24), b.u32(SEC, 28), 16, strings, (sec, p) ->
                        relos.computeIfAbsent(sec, k -> new ArrayList<>()).add(new ExtInfo.CoreRelo(
                                insnOf(b, base, p), b.i32(SEC, p + 4), b.i32(SEC, p + 8), b.i32(SEC, p + 12))));
            }
            List<String> names = new ArrayList<>(funcs.keySet());
            for (String n : lines.keySet()) {
                if (!names.contains(n)) {
                    names.add(n);
                }
            }
            for (String n : relos.keySet()) {
                if (!names.contains(n)) {
                    names.add(n);
                }
            }
            List<ExtSections.Section> out = new ArrayList<>();
            for (String n : names) {
                out.add(new ExtSections.Section(n, funcs.getOrDefault(n, List.of()), lines.getOrDefault(n, List.of()),
                        relos.getOrDefault(n, List.of())));
            }
            return new ExtSections(out);
        } catch (ElfFormatException e) {
            if (e.byteOffset() >= base || e.byteOffset() < 0) {
                throw e;
            }
            throw new ElfFormatException(SEC, base + e.byteOffset(), e.getMessage());
        }
    }

    private static int insnOf(Bytes b, long base, long p) {
        long off = b.u32(SEC, p);
        if (off % 8 != 0) {
            throw new ElfFormatException(SEC, base + p, "insn_off " + off + " is not a multiple of 8");
        }
        return (int) (off / 8);
    }

    private interface Rec {
        void accept(String section, long p);
    }

    private static int block(Bytes b, long base, long hdrLen, long off, long len, int minRec,
            LongFunction<String> strings, Rec rec) {
        if (len == 0) {
            return minRec;
        }
        long start = hdrLen + off;
        long end = start + len;
        if (end > b.length()) {
            throw new ElfFormatException(SEC, base + hdrLen, "info block at " + start + " of " + len
                    + " bytes runs past the section of " + b.length() + " bytes");
        }
        long recSize = b.u32(SEC, start);
        if (recSize < minRec || recSize > 1024 || recSize % 4 != 0) {
            throw new ElfFormatException(SEC, base + start, "record size " + recSize + " is not valid (at least "
                    + minRec + ")");
        }
        long p = start + 4;
        while (p < end) {
            if (end - p < 8) {
                throw new ElfFormatException(SEC, base + p, "truncated section header in info block");
            }
            long nameOff = b.u32(SEC, p);
            long num = b.u32(SEC, p + 4);
            String name = strings.apply(nameOff);
            if (name == null) {
                throw new ElfFormatException(SEC, base + p, "sec_name_off " + nameOff + " is not in .BTF strings");
            }
            p += 8;
            if (num == 0 || num > (end - p) / recSize) {
                throw new ElfFormatException(SEC, base + p - 4, "num_info " + num + " records of " + recSize
                        + " bytes do not fit in the " + (end - p) + " bytes left");
            }
            for (long i = 0; i < num; i++) {
                rec.accept(name, p);
                p += recSize;
            }
        }
        return (int) recSize;
    }
}
