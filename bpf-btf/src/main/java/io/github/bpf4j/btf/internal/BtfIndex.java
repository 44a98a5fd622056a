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
 * each type record starts and checking its length, kind, name offset and the type ids in its own fields, then
 * decoding on demand; decoding checks the name offsets and type ids of the record's members, params, enum values
 * and secinfos (see the note on the index pass).
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
        return totalIds - firstId;
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

    /*
     * The index pass reads three words a record and decides everything with SHAPE[kind number], so that a
     * well-formed record costs no unpredictable branch: its length is 12 + FIXED + STRIDE * vlen. The checks
     * (unknown kind, record past the section, name offset past the strings) fold into one sign test; the first
     * record that fails it goes to malformed(), which repeats them one by one for the precise message.
     *
     * The words inside a record's members, params, enum values and secinfos (their name offsets and type ids) are
     * checked when the type is decoded, not here: a loop over each record's items costs a mispredicted exit per
     * record and doubled the pass on vmlinux (126,610 records, 170,000 items). libbpf's btf__parse does not look
     * at them either (libbpf 1.1 btf_parse_type_sec checks lengths only).
     */
    private static final int FIXED_MASK = 0xff;  // bits 0-7: bytes after the 12-byte header, besides the vlen items
    private static final int STRIDE_SHIFT = 8;   // bits 8-15: bytes per vlen item (0: vlen counts nothing)
    private static final int KNOWN = 1 << 16;    // a kind this reader knows (VOID is not: only id 0 is void)
    private static final int TYPE_AT_8_BIT = 17;
    private static final int TYPE_AT_8 = 1 << TYPE_AT_8_BIT; // the size/type word is a type id
    private static final int ARRAY_REFS = 1 << 18; // ARRAY: element and index type ids after the header
    private static final int[] SHAPE = new int[32];

    static {
        for (BtfKind k : BtfKind.values()) {
            SHAPE[k.value()] = switch (k) {
                case VOID -> 0;
                case INT -> KNOWN | 4;
                case FLOAT, FWD -> KNOWN;
                case PTR, TYPEDEF, VOLATILE, CONST, RESTRICT, FUNC, TYPE_TAG -> KNOWN | TYPE_AT_8;
                case VAR, DECL_TAG -> KNOWN | TYPE_AT_8 | 4;
                case ARRAY -> KNOWN | ARRAY_REFS | 12;
                case STRUCT, UNION, ENUM64, DATASEC -> KNOWN | 12 << STRIDE_SHIFT;
                case ENUM -> KNOWN | 8 << STRIDE_SHIFT;
                case FUNC_PROTO -> KNOWN | TYPE_AT_8 | 8 << STRIDE_SHIFT;
            };
        }
    }

    private static BtfIndex index(Bytes b, StringTable strings, int firstId, int start, int end) {
        // Type records are at least 12 bytes: this bounds the count before allocating. vmlinux averages 25 bytes a
        // record, so starting at a 24th of the section rarely grows the array.
        int[] offsets = new int[Math.max(16, Math.min((end - start) / 24, 1 << 20))];
        int n = 0;
        int p = start;
        long max = 0; // the largest type id a record's own fields refer to
        long lastString = strings.end() - 1L; // >= 0: a string section is never empty
        while (p < end) {
            int id = firstId + n;
            if (id > MAX_TYPE) {
                throw new BtfFormatException(id, p, "more than " + MAX_TYPE + " types");
            }
            if (n == offsets.length) {
                offsets = java.util.Arrays.copyOf(offsets, n * 2);
            }
            offsets[n++] = p;
            if (end - p < 12) {
                throw malformed(b, strings, id, p, end);
            }
            int info = b.i32(p + 4);
            int shape = SHAPE[(info >>> 24) & 0x1f];
            long next = p + 12L + (shape & FIXED_MASK) + (long) ((shape >>> STRIDE_SHIFT) & 0xff) * (info & 0xffff);
            // Each term is negative exactly when its check fails.
            if (((shape - 1) | (end - next) | (lastString - b.u32(p))) < 0) {
                throw malformed(b, strings, id, p, end);
            }
            long ref = b.u32(p + 8) & -(long) ((shape >>> TYPE_AT_8_BIT) & 1); // 0 when not a type id
            if ((shape & ARRAY_REFS) != 0) {
                ref = Math.max(b.u32(p + 12), b.u32(p + 16));
            }
            max = Math.max(max, ref);
            p = (int) next;
        }
        // Keep a few spare slots rather than copying (vmlinux: 5%); trim when the array grew or the guess was far off.
        int[] kept = offsets.length - n <= n / 8 ? offsets : java.util.Arrays.copyOf(offsets, n);
        BtfIndex index = new BtfIndex(b, strings, firstId, kept, end, firstId + n);
        if (max >= firstId + n) {
            index.checkRefs(); // some id is out of range: find the first one to report it precisely
        }
        return index;
    }

    /** The precise error for the record at {@code p}, which the index pass found malformed. */
    private static RuntimeException malformed(Bytes b, StringTable strings, int id, int p, int end) {
        if (end - p < 12) {
            return new BtfFormatException(id, p, "truncated type record: " + (end - p) + " bytes left, need 12");
        }
        long nameOff = b.u32(p);
        if (!strings.contains(nameOff)) {
            return new BtfFormatException(id, p, "name offset " + nameOff + " beyond the string section ("
                    + strings.end() + ")");
        }
        int info = b.i32(p + 4);
        int kindValue = (info >>> 24) & 0x1f;
        BtfKind kind = BtfKind.ofValue(kindValue);
        if (kind == null || kind == BtfKind.VOID) {
            return new BtfFormatException(id, p + 4, "unknown kind " + kindValue);
        }
        int vlen = info & 0xffff;
        int shape = SHAPE[kindValue];
        long extra = (shape & FIXED_MASK) + (long) ((shape >>> STRIDE_SHIFT) & 0xff) * vlen;
        if (p + 12L + extra > end) {
            return new BtfFormatException(id, p, kind + " with vlen " + vlen + " needs " + (12 + extra)
                    + " bytes, only " + (end - p) + " left in the type section");
        }
        return new IllegalStateException("bpf4j bug: the BTF index pass rejected the well-formed record at byte "
                + p);
    }

    /** Finds the first record whose own fields refer to a missing type id (run only when the pass saw one). */
    private void checkRefs() {
        for (int n = 0; n < totalIds - firstId; n++) {
            int id = firstId + n;
            int p = offsets[n];
            int shape = SHAPE[(bytes.i32(p + 4) >>> 24) & 0x1f];
            if ((shape & TYPE_AT_8) != 0) {
                ref(id, p + 8);
            }
            if ((shape & ARRAY_REFS) != 0) {
                ref(id, p + 12);
                ref(id, p + 16);
            }
        }
    }

    /** The type id at {@code at}, checked to exist. */
    private int ref(int id, int at) {
        long t = bytes.u32(at);
        if (t >= totalIds) {
            throw new BtfFormatException(id, at, "type id " + t + " out of range (last id is " + (totalIds - 1) + ")");
        }
        return (int) t;
    }

    /** The name at the offset stored at {@code at} in item {@code i} of type {@code id}, checked to exist. */
    private String itemName(int id, BtfKind kind, int i, int at) {
        long off = bytes.u32(at);
        if (!strings.contains(off)) {
            throw new BtfFormatException(id, at, kind + " member " + i + " name offset " + off
                    + " beyond the string section (" + strings.end() + ")");
        }
        return strings.get((int) off);
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

    /**
     * Decodes type {@code id}, checking what the index pass leaves: the name offsets and type ids of its members,
     * params, enum values and secinfos, and the per-kind fields (INT encoding, enum size, linkage, ...).
     */
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
                        members.add(new Member(itemName(id, kind, i, q), ref(id, q + 4), bitOff, bitfield));
                    }
                    checkSize(id, p, st);
                    yield kind == BtfKind.STRUCT ? new BtfType.Struct(name, st, members)
                            : new BtfType.Union(name, st, members);
                }
                case ENUM -> {
                    List<EnumValue> values = new ArrayList<>(vlen);
                    for (int i = 0; i < vlen; i++, q += 8) {
                        int v = bytes.i32(q + 4);
                        values.add(new EnumValue(itemName(id, kind, i, q), kindFlag ? v : Integer.toUnsignedLong(v)));
                    }
                    checkEnumSize(id, p, st);
                    yield new BtfType.Enum(name, st, kindFlag, values);
                }
                case ENUM64 -> {
                    List<EnumValue> values = new ArrayList<>(vlen);
                    for (int i = 0; i < vlen; i++, q += 12) {
                        long v = bytes.u32(q + 4) | (bytes.u32(q + 8) << 32);
                        values.add(new EnumValue(itemName(id, kind, i, q), v));
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
                        params.add(new Param(itemName(id, kind, i, q), ref(id, q + 4)));
                    }
                    yield new BtfType.FuncProto(name, st, params);
                }
                case VAR -> new BtfType.Var(name, st, linkage(id, q, bytes.i32(q)));
                case DATASEC -> {
                    List<VarSecinfo> vars = new ArrayList<>(vlen);
                    for (int i = 0; i < vlen; i++, q += 12) {
                        vars.add(new VarSecinfo(ref(id, q), bytes.u32(q + 4), bytes.u32(q + 8)));
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
