package io.github.bpf4j.sys.internal;

import io.github.bpf4j.btf.BtfFormatException;
import io.github.bpf4j.btf.BtfKind;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * An object's raw {@code .BTF}, edited in place the way libbpf edits it before {@code BPF_BTF_LOAD}. The bytes are
 * patched rather than decoded and re-encoded because {@code .BTF.ext} line records point into the string section by
 * offset: a re-encoded string table would move the file names and source lines the verifier log prints.
 *
 * <p>Follows libbpf 1.1: {@code bpf_object__collect_externs} (the {@code .ksyms}/{@code .kconfig} sections),
 * {@code btf_fixup_datasec} (sizes and offsets clang leaves 0), {@code bpf_object__sanitize_btf} (kinds the kernel
 * does not know). Every count and offset is bounded by the buffer.
 */
public final class ObjectBtf {

    /** Whole-variable linkages ({@code enum btf_var_linkage}, {@code enum btf_func_linkage}). */
    private static final int VAR_STATIC = 0;
    private static final int VAR_GLOBAL_ALLOCATED = 1;
    private static final int VAR_GLOBAL_EXTERN = 2;
    private static final int FUNC_GLOBAL = 1;
    private static final int HEADER = 24;

    private final ByteOrder order;
    private final byte[] header;
    private ByteBuffer types;
    private int typesEnd;
    private final ByteArrayOutputStream strings = new ByteArrayOutputStream();
    private byte[] stringBytes;
    /** Byte offset in {@link #types} of each type id; index 0 (void) unused. */
    private final List<Integer> offsets = new ArrayList<>();

    private ObjectBtf(byte[] raw) {
        if (raw.length < HEADER) {
            throw new BtfFormatException(-1, 0, ".BTF of " + raw.length + " bytes has no room for its header");
        }
        int magic = (raw[0] & 0xff) | (raw[1] & 0xff) << 8;
        order = magic == 0xeb9f ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        ByteBuffer b = ByteBuffer.wrap(raw).order(order);
        if ((b.getShort(0) & 0xffff) != 0xeb9f) {
            throw new BtfFormatException(-1, 0, "bad .BTF magic");
        }
        long hdrLen = b.getInt(4) & 0xffffffffL;
        long typeOff = b.getInt(8) & 0xffffffffL;
        long typeLen = b.getInt(12) & 0xffffffffL;
        long strOff = b.getInt(16) & 0xffffffffL;
        long strLen = b.getInt(20) & 0xffffffffL;
        if (hdrLen < HEADER || hdrLen + typeOff + typeLen > raw.length || hdrLen + strOff + strLen > raw.length) {
            throw new BtfFormatException(-1, 4, ".BTF header points past the " + raw.length + "-byte section");
        }
        header = Arrays.copyOf(raw, HEADER);
        int ts = (int) (hdrLen + typeOff);
        types = ByteBuffer.allocate((int) typeLen + 64).order(order);
        types.put(raw, ts, (int) typeLen);
        typesEnd = (int) typeLen;
        strings.write(raw, (int) (hdrLen + strOff), (int) strLen);
        stringBytes = strings.toByteArray();
        offsets.add(-1);
        int off = 0;
        while (off < typesEnd) {
            if (off + 12 > typesEnd) {
                throw new BtfFormatException(offsets.size(), ts + off, "type header runs past the type section");
            }
            offsets.add(off);
            off += 12 + extra(offsets.size() - 1, off);
            if (off > typesEnd) {
                throw new BtfFormatException(offsets.size() - 1, ts + off, "type runs past the type section");
            }
        }
    }

    /** Reads raw {@code .BTF} bytes (copied). */
    public static ObjectBtf read(byte[] raw) {
        return new ObjectBtf(raw);
    }

    private int extra(int id, int off) {
        int info = types.getInt(off + 4);
        int vlen = info & 0xffff;
        int kind = (info >>> 24) & 0x1f;
        return switch (kind) {
            case 1, 14, 17 -> 4; // INT, VAR, DECL_TAG
            case 3 -> 12; // ARRAY
            case 4, 5, 15, 19 -> 12 * vlen; // STRUCT, UNION, DATASEC, ENUM64
            case 6, 13 -> 8 * vlen; // ENUM, FUNC_PROTO
            case 0 -> throw new BtfFormatException(id, off, "type of kind VOID in the type section");
            default -> {
                if (kind > 19) {
                    throw new BtfFormatException(id, off, "unknown BTF kind " + kind);
                }
                yield 0;
            }
        };
    }

    /** The number of type ids including void. */
    public int typeCount() {
        return offsets.size();
    }

    /** The kind of a type. */
    public BtfKind kind(int id) {
        return BtfKind.ofValue((info(id) >>> 24) & 0x1f);
    }

    private int info(int id) {
        return types.getInt(offsets.get(id) + 4);
    }

    private int vlen(int id) {
        return info(id) & 0xffff;
    }

    /** The name of a type ("" when anonymous). */
    public String name(int id) {
        return string(types.getInt(offsets.get(id)));
    }

    private String string(int off) {
        if (off < 0 || off >= stringBytes.length) {
            return "";
        }
        int end = off;
        while (end < stringBytes.length && stringBytes[end] != 0) {
            end++;
        }
        return new String(stringBytes, off, end - off, StandardCharsets.UTF_8);
    }

    private int sizeField(int id) {
        return offsets.get(id) + 8;
    }

    private int secinfo(int id, int i) {
        return offsets.get(id) + 12 + 12 * i;
    }

    private void checkId(int id, int at) {
        if (id <= 0 || id >= offsets.size()) {
            throw new BtfFormatException(id, at, "type id " + id + " out of range 1.." + (offsets.size() - 1));
        }
    }

    /** The type id of the DATASEC named {@code name}, or 0. */
    public int datasec(String name) {
        for (int id = 1; id < offsets.size(); id++) {
            if (kind(id) == BtfKind.DATASEC && name(id).equals(name)) {
                return id;
            }
        }
        return 0;
    }

    /**
     * libbpf's {@code btf_fixup_datasec} for every DATASEC but {@code .kconfig}/{@code .ksyms}: a size of 0 becomes
     * the ELF section's size, a VAR offset of 0 the symbol's value; hidden globals become static; entries sorted by
     * offset.
     *
     * @param sectionSize the ELF section size by name, -1 when there is no such section
     * @param symbolValue the value of a global ELF symbol by name, -1 when absent; hidden symbols as
     *                    {@code -2 - value} so that the caller can say both
     */
    public void fixDatasecs(ToLongFunction<String> sectionSize, ToLongFunction<String> symbolValue) {
        for (int id = 1; id < offsets.size(); id++) {
            if (kind(id) != BtfKind.DATASEC) {
                continue;
            }
            String sec = name(id);
            if (!sec.equals(".kconfig") && !sec.equals(".ksyms")) {
                if (types.getInt(sizeField(id)) == 0) {
                    long size = sectionSize.applyAsLong(sec);
                    if (size <= 0) {
                        throw new BtfFormatException(id, offsets.get(id), "DATASEC '" + sec
                                + "' has size 0 and the object has no such section to take the size from");
                    }
                    types.putInt(sizeField(id), (int) size);
                }
                for (int i = 0; i < vlen(id); i++) {
                    int vs = secinfo(id, i);
                    int var = types.getInt(vs);
                    checkId(var, vs);
                    if (kind(var) != BtfKind.VAR) {
                        throw new BtfFormatException(var, offsets.get(var), "DATASEC '" + sec + "' entry " + i
                                + " is a " + kind(var) + ", not a VAR");
                    }
                    int linkage = types.getInt(offsets.get(var) + 12);
                    if (linkage == VAR_STATIC || linkage == VAR_GLOBAL_EXTERN) {
                        continue;
                    }
                    long value = symbolValue.applyAsLong(name(var));
                    if (value == -1) {
                        throw new BtfFormatException(var, offsets.get(var), "variable '" + name(var)
                                + "' of DATASEC '" + sec + "' has no ELF symbol");
                    }
                    boolean hidden = value < -1;
                    long at = hidden ? -2 - value : value;
                    if (types.getInt(vs + 4) == 0) {
                        types.putInt(vs + 4, (int) at);
                    }
                    if (hidden) {
                        types.putInt(offsets.get(var) + 12, VAR_STATIC);
                    }
                }
            }
            sortVars(id);
        }
    }

    private void sortVars(int id) {
        int n = vlen(id);
        List<int[]> vs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int at = secinfo(id, i);
            vs.add(new int[] {types.getInt(at), types.getInt(at + 4), types.getInt(at + 8)});
        }
        vs.sort(Comparator.comparingLong(v -> v[1] & 0xffffffffL));
        for (int i = 0; i < n; i++) {
            int at = secinfo(id, i);
            types.putInt(at, vs.get(i)[0]).putInt(at + 4, vs.get(i)[1]).putInt(at + 8, vs.get(i)[2]);
        }
    }

    /**
     * The extern part of libbpf's {@code bpf_object__collect_externs}: {@code .ksyms} entries become 4-byte
     * allocated ints (functions are replaced by a dummy VAR and made global, with unnamed parameters named), and
     * {@code .kconfig} variables get the offsets the loader gave them in the {@code .kconfig} map.
     *
     * @param kconfigOffset the offset of a {@code .kconfig} extern in its map by name, -1 if unknown
     * @param kconfigSize   the {@code .kconfig} map's value size
     */
    public void fixExterns(ToLongFunction<String> kconfigOffset, int kconfigSize) {
        int ksyms = datasec(".ksyms");
        if (ksyms != 0) {
            int intId = findInt4();
            int dummy = 0;
            int n = vlen(ksyms);
            for (int i = 0; i < n; i++) {
                int vs = secinfo(ksyms, i);
                int t = types.getInt(vs);
                checkId(t, vs);
                if (kind(t) == BtfKind.FUNC) {
                    if (dummy == 0) {
                        if (intId == 0) {
                            intId = appendInt("int", 4, 1);
                        }
                        dummy = appendType(string("dummy_ksym"), BtfKind.VAR.value() << 24, intId, VAR_GLOBAL_ALLOCATED);
                    }
                    int proto = types.getInt(sizeField(t));
                    checkId(proto, offsets.get(t));
                    if (kind(proto) != BtfKind.FUNC_PROTO) {
                        throw new BtfFormatException(t, offsets.get(t), "extern function '" + name(t)
                                + "' has a " + kind(proto) + " for its prototype");
                    }
                    int dummyName = types.getInt(offsets.get(dummy));
                    for (int j = 0; j < vlen(proto); j++) {
                        int p = offsets.get(proto) + 12 + 8 * j;
                        if (types.getInt(p + 4) != 0 && types.getInt(p) == 0) {
                            types.putInt(p, dummyName);
                        }
                    }
                    types.putInt(vs, dummy);
                    types.putInt(offsets.get(t) + 4, (info(t) & ~0xffff) | FUNC_GLOBAL);
                } else if (kind(t) == BtfKind.VAR) {
                    if (intId == 0) {
                        intId = appendInt("int", 4, 1);
                    }
                    types.putInt(offsets.get(t) + 12, VAR_GLOBAL_ALLOCATED);
                    types.putInt(sizeField(t), intId);
                }
                types.putInt(vs + 4, 4 * i).putInt(vs + 8, 4);
            }
            types.putInt(sizeField(ksyms), 4 * n);
        }
        int kcfg = datasec(".kconfig");
        if (kcfg != 0) {
            types.putInt(sizeField(kcfg), kconfigSize);
            for (int i = 0; i < vlen(kcfg); i++) {
                int vs = secinfo(kcfg, i);
                int t = types.getInt(vs);
                checkId(t, vs);
                long off = kconfigOffset.applyAsLong(name(t));
                if (off < 0) {
                    throw new BtfFormatException(t, offsets.get(t), ".kconfig variable '" + name(t)
                            + "' is not among the object's kconfig externs");
                }
                types.putInt(offsets.get(t) + 12, VAR_GLOBAL_ALLOCATED);
                types.putInt(vs + 4, (int) off);
            }
            sortVars(kcfg);
        }
    }

    private int findInt4() {
        for (int id = 1; id < offsets.size(); id++) {
            if (kind(id) == BtfKind.INT && types.getInt(sizeField(id)) == 4) {
                return id;
            }
        }
        return 0;
    }

    /**
     * libbpf's {@code bpf_object__sanitize_btf}: rewrites kinds the kernel lacks into ones it has, keeping every
     * type id (so map and func_info ids stay valid).
     *
     * @param missing what the kernel lacks: DATASEC (also VAR), FUNC (global linkage), FLOAT, DECL_TAG, TYPE_TAG,
     *                ENUM64
     */
    public void sanitize(Set<BtfKind> missing) {
        int placeholder = 0;
        for (int id = 1; id < offsets.size(); id++) {
            int off = offsets.get(id);
            int info = info(id);
            int vlen = info & 0xffff;
            switch (kind(id)) {
                case VAR, DECL_TAG -> {
                    if (missing.contains(kind(id) == BtfKind.VAR ? BtfKind.DATASEC : BtfKind.DECL_TAG)) {
                        // a 1-byte INT keeps the 4 trailing bytes: int encoding of 8 bits at offset 0
                        types.putInt(off, kind(id) == BtfKind.DECL_TAG ? 0 : types.getInt(off));
                        types.putInt(off + 4, BtfKind.INT.value() << 24).putInt(off + 8, 1).putInt(off + 12, 8);
                    }
                }
                case DATASEC -> {
                    if (missing.contains(BtfKind.DATASEC)) {
                        // a struct with the same size: each secinfo (type, offset, size) becomes a member
                        // (name, type, bit offset), named after its variable
                        for (int i = 0; i < vlen; i++) {
                            int vs = secinfo(id, i);
                            int var = types.getInt(vs);
                            int varOff = types.getInt(vs + 4);
                            checkId(var, vs);
                            types.putInt(vs, types.getInt(offsets.get(var))).putInt(vs + 4, var)
                                    .putInt(vs + 8, varOff * 8);
                        }
                        types.putInt(off, renameDots(types.getInt(off)));
                        types.putInt(off + 4, BtfKind.STRUCT.value() << 24 | vlen);
                    }
                }
                case FUNC -> {
                    if (missing.contains(BtfKind.FUNC) && vlen == FUNC_GLOBAL) {
                        types.putInt(off + 4, info & ~0xffff); // global -> static
                    }
                }
                case FLOAT -> {
                    if (missing.contains(BtfKind.FLOAT)) {
                        types.putInt(off, 0).putInt(off + 4, BtfKind.STRUCT.value() << 24);
                    }
                }
                case TYPE_TAG -> {
                    if (missing.contains(BtfKind.TYPE_TAG)) {
                        types.putInt(off, 0).putInt(off + 4, BtfKind.CONST.value() << 24);
                    }
                }
                case ENUM -> {
                    if (missing.contains(BtfKind.ENUM64)) {
                        types.putInt(off + 4, info & 0x7fffffff); // the signedness flag came with ENUM64
                    }
                }
                case ENUM64 -> {
                    if (missing.contains(BtfKind.ENUM64)) {
                        if (placeholder == 0) {
                            placeholder = appendInt("enum64_placeholder", 1, 0);
                        }
                        for (int i = 0; i < vlen; i++) {
                            int m = off + 12 + 12 * i;
                            types.putInt(m + 4, placeholder).putInt(m + 8, 0);
                        }
                        types.putInt(off + 4, BtfKind.UNION.value() << 24 | vlen);
                    }
                }
                default -> { }
            }
        }
    }

    private int renameDots(int nameOff) {
        String n = string(nameOff);
        return n.indexOf('.') < 0 ? nameOff : string(n.replace('.', '_'));
    }

    /** Appends a string to the string section and returns its offset. */
    private int string(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        int at = stringBytes.length;
        strings.write(b, 0, b.length);
        strings.write(0);
        stringBytes = strings.toByteArray();
        return at;
    }

    private int appendInt(String name, int size, int encoding) {
        int enc = (encoding << 24) | (size * 8);
        return appendType(string(name), BtfKind.INT.value() << 24, size, enc);
    }

    private int appendType(int nameOff, int info, int sizeOrType, int extra) {
        if (types.capacity() - typesEnd < 16) {
            ByteBuffer bigger = ByteBuffer.allocate(types.capacity() * 2 + 64).order(order);
            bigger.put(types.array(), 0, typesEnd);
            types = bigger;
        }
        types.putInt(typesEnd, nameOff).putInt(typesEnd + 4, info).putInt(typesEnd + 8, sizeOrType)
                .putInt(typesEnd + 12, extra);
        offsets.add(typesEnd);
        typesEnd += 16;
        return offsets.size() - 1;
    }

    /** The edited {@code .BTF}: the 24-byte header, the types, the strings. */
    public byte[] encode() {
        ByteBuffer out = ByteBuffer.allocate(HEADER + typesEnd + stringBytes.length).order(order);
        out.put(header, 0, 4); // magic, version, flags
        out.putInt(HEADER).putInt(0).putInt(typesEnd).putInt(typesEnd).putInt(stringBytes.length);
        out.put(types.array(), 0, typesEnd);
        out.put(stringBytes);
        return out.array();
    }
}
