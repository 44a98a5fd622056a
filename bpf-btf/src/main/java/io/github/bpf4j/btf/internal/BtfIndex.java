package io.github.bpf4j.btf.internal;

import io.github.bpf4j.btf.BtfFormatException;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.btf.BtfType;
import io.github.bpf4j.btf.BtfType.EnumValue;
import io.github.bpf4j.btf.BtfType.IntEncoding;
import io.github.bpf4j.btf.BtfType.Linkage;
import io.github.bpf4j.btf.BtfType.Member;
import io.github.bpf4j.btf.BtfType.Param;
import io.github.bpf4j.btf.BtfType.VarSecinfo;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw side of a BTF blob: header and string section checked, one pass over the type section recording where
 * each type record starts and checking every length, string offset and type id, then decoding on demand.
 * Follows the layout of include/uapi/linux/btf.h (kernel 6.18); checks mirror kernel btf.c btf_parse_hdr,
 * btf_check_sec_info and the per-kind check_meta callbacks where they concern the bytes (not semantics).
 */
public final class BtfIndex {
    public static final int MAGIC = 0xeb9f;
    public static final int HEADER_LEN = 24;
    /** The kernel's BTF_MAX_TYPE: type ids are below 2^20. */
    public static final int MAX_TYPE = 0x000f_ffff;

    private final Bytes bytes;
    private final StringTable strings;
    private final int firstId;
    private final int[] offsets;
    private final int typeEnd;
    private final int totalIds;

    private BtfIndex(Bytes bytes, StringTable strings, int firstId, int[] offsets, int typeEnd, int totalIds) {
        this.bytes = bytes;
        this.strings = strings;
        this.firstId = firstId;
        this.offsets = offsets;
        this.typeEnd = typeEnd;
        this.totalIds = totalIds;
    }

    public StringTable strings() {
        return strings;
    }

    public int count() {
        return offsets.length;
    }

    public ByteOrder order() {
        return bytes.order();
    }

    /** The byte order a blob starting with the BTF magic uses, or throws. */
    public static ByteOrder orderOf(byte[] data, String what) {
        if (data.length < 2) {
            throw new BtfFormatException(-1, 0, what + " is " + data.length + " bytes, too short for the magic");
        }
        int le = (data[0] & 0xff) | (data[1] & 0xff) << 8;
        if (le == MAGIC) {
            return ByteOrder.LITTLE_ENDIAN;
        }
        if (Integer.reverseBytes(le) >>> 16 == MAGIC) {
            return ByteOrder.BIG_ENDIAN;
        }
        throw new BtfFormatException(-1, 0, String.format("bad %s magic 0x%04x (expected 0xeb9f in either byte order)",
                what, le));
    }

    /**
     * Indexes {@code data}. {@code baseStrings}/{@code baseCount} describe the base for split BTF (null/0 when not
     * split); type ids then start at {@code baseCount}.
     */
    public static BtfIndex read(byte[] data, StringTable baseStrings, int baseCount) {
        ByteOrder order = orderOf(data, "BTF");
        Bytes b = new Bytes(data, order);
        if (data.length < HEADER_LEN) {
            throw new BtfFormatException(-1, data.length, "truncated header: " + data.length + " bytes, need 24");
        }
        int version = b.u8(2);
        if (version != 1) {
            throw new BtfFormatException(-1, 2, "unsupported version " + version);
        }
        long hdrLen = b.u32(4);
        if (hdrLen < HEADER_LEN || hdrLen > data.length) {
            throw new BtfFormatException(-1, 4, "header length " + hdrLen + " outside 24.." + data.length);
        }
        // A longer header than we know is fine when the extra bytes are zero (kernel btf_parse_hdr).
        for (int i = HEADER_LEN; i < hdrLen; i++) {
            if (data[i] != 0) {
                throw new BtfFormatException(-1, i, "unknown non-zero header field");
            }
        }
        long typeOff = b.u32(8), typeLen = b.u32(12), strOff = b.u32(16), strLen = b.u32(20);
        long avail = data.length - hdrLen;
        if (typeOff + typeLen > avail) {
            throw new BtfFormatException(-1, 8, "type section " + typeOff + "+" + typeLen + " beyond the data ("
                    + avail + " bytes after the header)");
        }
        if (strOff + strLen > avail) {
            throw new BtfFormatException(-1, 16, "string section " + strOff + "+" + strLen + " beyond the data ("
                    + avail + " bytes after the header)");
        }
        if ((typeOff & 3) != 0) {
            throw new BtfFormatException(-1, 8, "type section offset " + typeOff + " not 4-byte aligned");
        }
        if (typeLen > 0 && strLen > 0 && (typeOff < strOff ? typeOff + typeLen > strOff : strOff + strLen > typeOff)) {
            throw new BtfFormatException(-1, 8, "type and string sections overlap");
        }
        int strStart = (int) (hdrLen + strOff);
        StringTable strings = new StringTable(data, strStart, (int) strLen, baseStrings, strStart);
        int typeStart = (int) (hdrLen + typeOff);
        int typeEnd = (int) (typeStart + typeLen);
        int firstId = baseStrings == null ? 1 : baseCount;
        return index(b, strings, firstId, typeStart, typeEnd);
    }

    private static BtfIndex index(Bytes b, StringTable strings, int firstId, int start, int end) {
        // Type records are at least 12 bytes: this bounds the count before allocating.
        int[] offsets = new int[Math.max(16, Math.min((end - start) / 12, 1 << 16))];
        int n = 0;
        int p = start;
        long[] maxRef = {0};
        while (p < end) {
            int id = firstId + n;
            if (id > MAX_TYPE) {
                throw new BtfFormatException(id, p, "more than " + MAX_TYPE + " types");
            }
            if (n == offsets.length) {
                offsets = java.util.Arrays.copyOf(offsets, n * 2);
            }
            offsets[n++] = p;
            p = skip(b, strings, id, p, end, maxRef);
        }
        int[] exact = java.util.Arrays.copyOf(offsets, n);
        BtfIndex index = new BtfIndex(b, strings, firstId, exact, end, firstId + n);
        if (maxRef[0] >= firstId + n) {
            index.checkRefs(); // some id is out of range: find the first one to report it precisely
        }
        return index;
    }

    /** Checks one record's length and string offsets; returns where the next record starts. */
    private static int skip(Bytes b, StringTable strings, int id, int p, int end, long[] maxRef) {
        if (end - p < 12) {
            throw new BtfFormatException(id, p, "truncated type record: " + (end - p) + " bytes left, need 12");
        }
        long nameOff = b.u32(p);
        if (!strings.contains(nameOff)) {
            throw new BtfFormatException(id, p, "name offset " + nameOff + " beyond the string section ("
                    + strings.end() + ")");
        }
        int info = b.i32(p + 4);
        int kindValue = (info >>> 24) & 0x1f;
        BtfKind kind = BtfKind.ofValue(kindValue);
        if (kind == null || kind == BtfKind.VOID) {
            throw new BtfFormatException(id, p + 4, "unknown kind " + kindValue);
        }
        int vlen = info & 0xffff;
        long extra = switch (kind) {
            case INT, VAR, DECL_TAG -> 4;
            case ARRAY -> 12;
            case STRUCT, UNION, DATASEC, ENUM64 -> 12L * vlen;
            case ENUM, FUNC_PROTO -> 8L * vlen;
            default -> 0;
        };
        long next = p + 12L + extra;
        if (next > end) {
            throw new BtfFormatException(id, p, kind + " with vlen " + vlen + " needs " + (12 + extra)
                    + " bytes, only " + (end - p) + " left in the type section");
        }
        int q = p + 12;
        long max = maxRef[0];
        switch (kind) {
            case PTR, TYPEDEF, VOLATILE, CONST, RESTRICT, FUNC, VAR, DECL_TAG, TYPE_TAG -> max = Math.max(max, b.u32(p + 8));
            case ARRAY -> max = Math.max(max, Math.max(b.u32(q), b.u32(q + 4)));
            case DATASEC -> {
                for (int i = 0; i < vlen; i++, q += 12) {
                    max = Math.max(max, b.u32(q));
                }
            }
            case STRUCT, UNION, ENUM, ENUM64, FUNC_PROTO -> {
                int stride = kind == BtfKind.ENUM || kind == BtfKind.FUNC_PROTO ? 8 : 12;
                boolean refs = kind != BtfKind.ENUM && kind != BtfKind.ENUM64;
                if (kind == BtfKind.FUNC_PROTO) {
                    max = Math.max(max, b.u32(p + 8));
                }
                for (int i = 0; i < vlen; i++, q += stride) {
                    long off = b.u32(q);
                    if (!strings.contains(off)) {
                        throw new BtfFormatException(id, q, kind + " member " + i + " name offset " + off
                                + " beyond the string section (" + strings.end() + ")");
                    }
                    if (refs) {
                        max = Math.max(max, b.u32(q + 4));
                    }
                }
            }
            default -> { }
        }
        maxRef[0] = max;
        return (int) next;
    }

    /** Finds the first reference to a missing type id (run only when the index pass saw one). */
    private void checkRefs() {
        for (int n = 0; n < offsets.length; n++) {
            int id = firstId + n;
            int p = offsets[n];
            int info = bytes.i32(p + 4);
            BtfKind kind = BtfKind.ofValue((info >>> 24) & 0x1f);
            int vlen = info & 0xffff;
            switch (kind) {
                case PTR, TYPEDEF, VOLATILE, CONST, RESTRICT, FUNC, VAR, DECL_TAG, TYPE_TAG -> ref(id, p + 8);
                case ARRAY -> {
                    ref(id, p + 12);
                    ref(id, p + 16);
                }
                case FUNC_PROTO -> {
                    ref(id, p + 8);
                    for (int i = 0; i < vlen; i++) {
                        ref(id, p + 12 + 8 * i + 4);
                    }
                }
                case STRUCT, UNION -> {
                    for (int i = 0; i < vlen; i++) {
                        ref(id, p + 12 + 12 * i + 4);
                    }
                }
                case DATASEC -> {
                    for (int i = 0; i < vlen; i++) {
                        ref(id, p + 12 + 12 * i);
                    }
                }
                default -> { }
            }
        }
    }

    private void ref(int id, int at) {
        long t = bytes.u32(at);
        if (t >= totalIds) {
            throw new BtfFormatException(id, at, "type id " + t + " out of range (last id is " + (totalIds - 1) + ")");
        }
    }

    public BtfKind kind(int id) {
        return BtfKind.ofValue((bytes.i32(offsets[id - firstId] + 4) >>> 24) & 0x1f);
    }

    public int nameOff(int id) {
        return bytes.i32(offsets[id - firstId]);
    }

    /** The size/type field (offset 8) of a record. */
    public int sizeOrType(int id) {
        return bytes.i32(offsets[id - firstId] + 8);
    }

    /** Decodes type {@code id}; rejects only semantic problems the index pass does not look at. */
    public BtfType decode(int id) {
        int p = offsets[id - firstId];
        String name = strings.get(bytes.i32(p));
        int info = bytes.i32(p + 4);
        BtfKind kind = BtfKind.ofValue((info >>> 24) & 0x1f);
        boolean kindFlag = info < 0;
        int vlen = info & 0xffff;
        int st = bytes.i32(p + 8);
        int q = p + 12;
        try {
            return switch (kind) {
                case VOID -> BtfType.Void.INSTANCE;
                case INT -> {
                    int v = bytes.i32(q);
                    int enc = (v >>> 24) & 0xf;
                    IntEncoding encoding = IntEncoding.ofBits(enc);
                    if (encoding == null || (v & 0xf000_0000) != 0) {
                        throw new BtfFormatException(id, q, "INT encoding " + enc + " is not one of 0, 1, 2, 4");
                    }
                    int bits = v & 0xff, off = (v >>> 16) & 0xff;
                    if (st <= 0 || st > 16 || bits == 0 || off + bits > 8 * st) {
                        throw new BtfFormatException(id, q, "INT of size " + Integer.toUnsignedString(st) + " with "
                                + bits + " bits at offset " + off + " is inconsistent");
                    }
                    yield new BtfType.Int(name, st, encoding, off, bits);
                }
                case PTR -> new BtfType.Ptr(name, st);
                case ARRAY -> new BtfType.Array(name, bytes.i32(q), bytes.i32(q + 4), bytes.i32(q + 8));
                case STRUCT, UNION -> {
                    List<Member> members = new ArrayList<>(vlen);
                    for (int i = 0; i < vlen; i++, q += 12) {
                        long off = bytes.u32(q + 8);
                        int bitfield = kindFlag ? (int) (off >>> 24) : 0;
                        long bitOff = kindFlag ? off & 0xff_ffff : off;
                        members.add(new Member(strings.get(bytes.i32(q)), bytes.i32(q + 4), bitOff, bitfield));
                    }
                    checkSize(id, p, st);
                    yield kind == BtfKind.STRUCT ? new BtfType.Struct(name, st, members)
                            : new BtfType.Union(name, st, members);
                }
                case ENUM -> {
                    List<EnumValue> values = new ArrayList<>(vlen);
                    for (int i = 0; i < vlen; i++, q += 8) {
                        int v = bytes.i32(q + 4);
                        values.add(new EnumValue(strings.get(bytes.i32(q)),
                                kindFlag ? v : Integer.toUnsignedLong(v)));
                    }
                    checkEnumSize(id, p, st);
                    yield new BtfType.Enum(name, st, kindFlag, values);
                }
                case ENUM64 -> {
                    List<EnumValue> values = new ArrayList<>(vlen);
                    for (int i = 0; i < vlen; i++, q += 12) {
                        long v = bytes.u32(q + 4) | (bytes.u32(q + 8) << 32);
                        values.add(new EnumValue(strings.get(bytes.i32(q)), v));
                    }
                    checkEnumSize(id, p, st);
                    yield new BtfType.Enum64(name, st, kindFlag, values);
                }
                case FWD -> new BtfType.Fwd(name, kindFlag);
                case TYPEDEF -> new BtfType.Typedef(name, st);
                case VOLATILE -> new BtfType.Volatile(name, st);
                case CONST -> new BtfType.Const(name, st);
                case RESTRICT -> new BtfType.Restrict(name, st);
                case TYPE_TAG -> new BtfType.TypeTag(name, st);
                case FUNC -> new BtfType.Func(name, st, linkage(id, p + 4, vlen));
                case FUNC_PROTO -> {
                    List<Param> params = new ArrayList<>(vlen);
                    for (int i = 0; i < vlen; i++, q += 8) {
                        params.add(new Param(strings.get(bytes.i32(q)), bytes.i32(q + 4)));
                    }
                    yield new BtfType.FuncProto(name, st, params);
                }
                case VAR -> new BtfType.Var(name, st, linkage(id, q, bytes.i32(q)));
                case DATASEC -> {
                    List<VarSecinfo> vars = new ArrayList<>(vlen);
                    for (int i = 0; i < vlen; i++, q += 12) {
                        vars.add(new VarSecinfo(bytes.i32(q), bytes.u32(q + 4), bytes.u32(q + 8)));
                    }
                    checkSize(id, p, st);
                    yield new BtfType.Datasec(name, st, vars);
                }
                case FLOAT -> {
                    if (st != 2 && st != 4 && st != 8 && st != 12 && st != 16) {
                        throw new BtfFormatException(id, p + 8, "FLOAT size " + Integer.toUnsignedString(st)
                                + " is not 2, 4, 8, 12 or 16");
                    }
                    yield new BtfType.Float(name, st);
                }
                case DECL_TAG -> {
                    int component = bytes.i32(q);
                    if (component < -1) {
                        throw new BtfFormatException(id, q, "DECL_TAG component index " + component + " below -1");
                    }
                    yield new BtfType.DeclTag(name, st, component);
                }
            };
        } catch (IllegalArgumentException e) {
            throw new BtfFormatException(id, p, e.getMessage());
        }
    }

    private static void checkSize(int id, int p, int size) {
        if (size < 0) {
            throw new BtfFormatException(id, p + 8, "size " + Integer.toUnsignedString(size) + " is absurd (over 2 GiB)");
        }
    }

    private static void checkEnumSize(int id, int p, int size) {
        if (size != 1 && size != 2 && size != 4 && size != 8) {
            throw new BtfFormatException(id, p + 8, "enum size " + Integer.toUnsignedString(size)
                    + " is not 1, 2, 4 or 8");
        }
    }

    private static Linkage linkage(int id, int at, int value) {
        Linkage l = Linkage.ofValue(value);
        if (l == null) {
            throw new BtfFormatException(id, at, "unknown linkage " + value);
        }
        return l;
    }
}
