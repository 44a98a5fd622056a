package io.github.bpf4j.btf;

import io.github.bpf4j.btf.internal.BtfIndex;
import io.github.bpf4j.btf.internal.Bytes;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The .BTF.ext section of an object file: per-section function info, line info and CO-RE relocations. Strings are
 * resolved through the object's .BTF string section. Layout follows libbpf's struct btf_ext_header and
 * btf_ext_info_sec (libbpf 1.1, kernel 6.18 uapi): record sizes come from the data and may be larger than the
 * records known here; the extra bytes are skipped.
 */
public record BtfExt(Map<String, List<FuncInfo>> funcInfos, Map<String, List<LineInfo>> lineInfos,
                     Map<String, List<CoreRelo>> coreRelos) {
    /** Header length up to line info; 32 with CO-RE relocations. */
    private static final int MIN_HEADER = 24;

    public BtfExt {
        funcInfos = freeze(funcInfos);
        lineInfos = freeze(lineInfos);
        coreRelos = freeze(coreRelos);
    }

    private static <T> Map<String, List<T>> freeze(Map<String, List<T>> m) {
        Map<String, List<T>> copy = new LinkedHashMap<>();
        // A section with no records is not encodable (libbpf rejects num_info 0), so it is dropped.
        m.forEach((k, v) -> {
            if (!v.isEmpty()) {
                copy.put(Objects.requireNonNull(k), List.copyOf(v));
            }
        });
        return Collections.unmodifiableMap(copy);
    }

    /** {@code bpf_func_info}: the function at instruction offset {@code insnOff} has FUNC type {@code typeId}. */
    public record FuncInfo(long insnOff, int typeId) { }

    /** {@code bpf_line_info}: source position of the instruction at {@code insnOff}. */
    public record LineInfo(long insnOff, String fileName, String line, int lineNum, int lineCol) {
        public LineInfo {
            if (lineNum < 0 || lineNum >= 1 << 22 || lineCol < 0 || lineCol >= 1 << 10) {
                throw new IllegalArgumentException("line " + lineNum + " column " + lineCol + " out of range");
            }
        }
    }

    /** {@code bpf_core_relo}: the instruction at {@code insnOff} accesses {@code accessString} in {@code typeId}. */
    public record CoreRelo(long insnOff, int typeId, String accessString, CoreReloKind kind) { }

    /** Reads .BTF.ext bytes; {@code btf} is the object's .BTF (for strings and type ids). */
    public static BtfExt read(byte[] data, Btf btf) {
        ByteOrder order = BtfIndex.orderOf(data, ".BTF.ext");
        Bytes b = new Bytes(data, order);
        if (data.length < 8) {
            throw new BtfFormatException(-1, data.length, ".BTF.ext header truncated at " + data.length + " bytes");
        }
        if (b.u8(2) != 1) {
            throw new BtfFormatException(-1, 2, ".BTF.ext unsupported version " + b.u8(2));
        }
        long hdrLen = b.u32(4);
        if (hdrLen < MIN_HEADER || hdrLen > data.length) {
            throw new BtfFormatException(-1, 4, ".BTF.ext header length " + hdrLen + " outside 24.." + data.length);
        }
        Reader r = new Reader(b, btf, hdrLen);
        var funcs = r.section(8, "func_info", 8, (at) -> new FuncInfo(b.u32(at), r.typeId(at + 4)));
        var lines = r.section(16, "line_info", 16, (at) -> {
            int lc = b.i32(at + 12);
            return new LineInfo(b.u32(at), r.string(at + 4), r.string(at + 8), lc >>> 10, lc & 0x3ff);
        });
        Map<String, List<CoreRelo>> relos = Map.of();
        if (hdrLen >= 32) {
            relos = r.section(24, "core_relo", 16, (at) -> {
                long k = b.u32(at + 12);
                CoreReloKind kind = CoreReloKind.ofValue(k);
                if (kind == null) {
                    throw new BtfFormatException(-1, at + 12, "unknown CO-RE relocation kind " + k);
                }
                return new CoreRelo(b.u32(at), r.typeId(at + 4), r.string(at + 8), kind);
            });
        }
        return new BtfExt(funcs, lines, relos);
    }

    private static final class Reader {
        private final Bytes b;
        private final Btf btf;
        private final long hdrLen;

        Reader(Bytes b, Btf btf, long hdrLen) {
            this.b = b;
            this.btf = btf;
            this.hdrLen = hdrLen;
        }

        String string(int at) {
            long off = b.u32(at);
            if (!btf.hasString(off)) {
                throw new BtfFormatException(-1, at, ".BTF.ext string offset " + off + " not in the .BTF strings");
            }
            return btf.string(off);
        }

        int typeId(int at) {
            long id = b.u32(at);
            if (id >= btf.typeCount()) {
                throw new BtfFormatException((int) Math.min(id, Integer.MAX_VALUE), at,
                        ".BTF.ext type id " + id + " out of range (last id is " + (btf.typeCount() - 1) + ")");
            }
            return (int) id;
        }

        /** One info block: {@code u32 rec_size}, then sections {@code {u32 name_off, u32 num_info, records}}. */
        <T> Map<String, List<T>> section(int headerField, String what, int minRecord, Function<Integer, T> decode) {
            long off = b.u32(headerField), len = b.u32(headerField + 4);
            Map<String, List<T>> out = new LinkedHashMap<>();
            if (len == 0) {
                return out;
            }
            long start = hdrLen + off, end = start + len;
            if (end > b.length()) {
                throw new BtfFormatException(-1, headerField, what + " " + off + "+" + len
                        + " beyond the .BTF.ext data (" + (b.length() - hdrLen) + " bytes after the header)");
            }
            if (len < 4) {
                throw new BtfFormatException(-1, start, what + " too short for its record size");
            }
            long recSize = b.u32((int) start);
            if (recSize < minRecord || recSize > 0xffff || (recSize & 3) != 0) {
                throw new BtfFormatException(-1, start, what + " record size " + recSize + " (need a multiple of 4, at least "
                        + minRecord + ")");
            }
            long p = start + 4;
            while (p < end) {
                if (end - p < 8) {
                    throw new BtfFormatException(-1, p, what + " section header truncated");
                }
                String name = string((int) p);
                long n = b.u32((int) p + 4);
                p += 8;
                if (n == 0) {
                    throw new BtfFormatException(-1, p - 4, what + " for section " + name + " has no records");
                }
                if (n * recSize > end - p) {
                    throw new BtfFormatException(-1, p - 4, what + " for section " + name + ": " + n + " records of "
                            + recSize + " bytes overflow the data (" + (end - p) + " left)");
                }
                List<T> list = out.computeIfAbsent(name, k -> new ArrayList<>());
                for (long i = 0; i < n; i++, p += recSize) {
                    list.add(decode.apply((int) p));
                }
            }
            return out;
        }
    }

    /** Encodes this .BTF.ext; strings are added to {@code strings}, which must then be written as the .BTF. */
    public byte[] write(BtfWriter strings, ByteOrder order) {
        byte[] f = block(funcInfos, 8, strings, order, (v, bb) -> bb.putInt((int) v.insnOff()).putInt(v.typeId()));
        byte[] l = block(lineInfos, 16, strings, order, (v, bb) -> bb.putInt((int) v.insnOff())
                .putInt(strings.string(v.fileName())).putInt(strings.string(v.line()))
                .putInt(v.lineNum() << 10 | v.lineCol()));
        byte[] c = block(coreRelos, 16, strings, order, (v, bb) -> bb.putInt((int) v.insnOff()).putInt(v.typeId())
                .putInt(strings.string(v.accessString())).putInt(v.kind().value()));
        ByteBuffer out = ByteBuffer.allocate(32 + f.length + l.length + c.length).order(order);
        out.putShort((short) BtfIndex.MAGIC).put((byte) 1).put((byte) 0).putInt(32)
                .putInt(0).putInt(f.length).putInt(f.length).putInt(l.length)
                .putInt(f.length + l.length).putInt(c.length);
        return out.put(f).put(l).put(c).array();
    }

    private interface Encoder<T> {
        void put(T value, ByteBuffer out);
    }

    private static <T> byte[] block(Map<String, List<T>> m, int recSize, BtfWriter strings, ByteOrder order,
                                    Encoder<T> enc) {
        if (m.isEmpty()) {
            return new byte[0];
        }
        int size = 4;
        for (List<T> l : m.values()) {
            size += 8 + recSize * l.size();
        }
        ByteBuffer bb = ByteBuffer.allocate(size).order(order);
        bb.putInt(recSize);
        m.forEach((sec, list) -> {
            bb.putInt(strings.string(sec)).putInt(list.size());
            list.forEach(v -> enc.put(v, bb));
        });
        return bb.array();
    }
}
