package io.github.bpf4j.btf;

import io.github.bpf4j.btf.internal.BtfIndex;
import io.github.bpf4j.btf.internal.StringTable;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/**
 * An immutable arena of BTF types indexed by type id. Id 0 is void; a split BTF (a kernel module's, on top of
 * vmlinux) continues its base's ids and string offsets, and {@link #type(int)} answers for base ids too.
 *
 * <p>Reading indexes the type section in one pass (checking each record's length, kind, name offset and the type
 * ids in its own fields) and decodes a type only when it is first asked for, checking then the name offsets and type
 * ids of its members, params, enum values or variables; the name index is built on the first look-up by name. Either
 * way malformed input gets a {@link BtfFormatException} with the type id and byte offset. Instances are thread-safe.
 */
public final class Btf {
    /** Where the running kernel exposes its BTF. */
    public static final Path VMLINUX = Path.of("/sys/kernel/btf/vmlinux");
    /** Bound on typedef/modifier/array chains, as libbpf's MAX_RESOLVE_DEPTH (32). */
    public static final int MAX_RESOLVE_DEPTH = 32;

    private final Btf base;
    private final int firstId;
    private final int count;
    private final BtfIndex index;          // null when built from Java objects
    // Own types, decoded on demand (racy but benign: records are immutable). Allocated on the first decode, not by
    // read: reading vmlinux then allocates 0.5 MB less, and users that only look up names never need it.
    private volatile BtfType[] cache;
    private final ByteOrder order;
    private volatile long[] nameIndex;      // (hash << 32 | id), sorted
    private volatile long[] essentialIndex;
    private volatile int pointerSize;

    private Btf(Btf base, BtfIndex index, BtfType[] types, ByteOrder order) {
        this.base = base;
        this.firstId = base == null ? 1 : base.typeCount();
        this.index = index;
        this.count = index != null ? index.count() : types.length;
        this.cache = types;
        this.order = order;
    }

    /** Reads a .BTF section or a raw BTF file (either byte order, told by the magic). */
    public static Btf read(byte[] data) {
        return readOwned(data.clone());
    }

    /** Reads bytes nobody else holds (no defensive copy). */
    private static Btf readOwned(byte[] data) {
        BtfIndex index = BtfIndex.read(data, null, 0);
        return new Btf(null, index, null, index.order());
    }

    /** Reads split BTF (e.g. /sys/kernel/btf/&lt;module&gt;) on top of {@code base}. */
    public static Btf read(byte[] data, Btf base) {
        Objects.requireNonNull(base, "base");
        if (base.index == null) {
            throw new IllegalArgumentException("the base of split BTF must itself be read from bytes");
        }
        return readOwned(data.clone(), base);
    }

    private static Btf readOwned(byte[] data, Btf base) {
        BtfIndex index = BtfIndex.read(data, base.index.strings(), base.typeCount());
        return new Btf(base, index, null, index.order());
    }

    /** Reads a raw BTF file such as {@link #VMLINUX}. */
    public static Btf read(Path file) {
        return readOwned(readAll(file));
    }

    /** Reads a split BTF file on top of {@code base}. */
    public static Btf read(Path file, Btf base) {
        Objects.requireNonNull(base, "base");
        if (base.index == null) {
            throw new IllegalArgumentException("the base of split BTF must itself be read from bytes");
        }
        return readOwned(readAll(file), base);
    }

    private static byte[] readAll(Path file) {
        try {
            if (file.getFileSystem() == FileSystems.getDefault()) {
                try (FileInputStream in = new FileInputStream(file.toFile())) {
                    byte[] data = readSized(in, in.getChannel().size());
                    if (data != null) {
                        return data;
                    }
                }
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read BTF from " + file + ": " + e.getMessage(), e);
        }
    }

    /*
     * Reads a file of the given size in requests of at most 8 KiB, which FileInputStream serves through a buffer
     * on the native stack; Files.readAllBytes goes through a channel and a temporary direct buffer on every call.
     * sysfs returns at most a page per read(2) (kernel 6.18 kernfs_file_read_iter), so /sys/kernel/btf/vmlinux
     * takes about 1,350 calls and their cost is what shows. Null when the size was not the file's length (a file
     * that grew while read, or a size of 0 as procfs reports): the caller then reads until end of file.
     */
    private static byte[] readSized(FileInputStream in, long size) throws IOException {
        if (size <= 0 || size > Integer.MAX_VALUE - 8) {
            return null;
        }
        byte[] data = new byte[(int) size];
        int n = 0;
        while (n < data.length) {
            int r = in.read(data, n, Math.min(8192, data.length - n));
            if (r < 0) {
                return Arrays.copyOf(data, n); // shrank while read: what there was
            }
            n += r;
        }
        return in.read() < 0 ? data : null;
    }

    /** A BTF whose type {@code i + 1} is {@code types.get(i)}; every referenced id must exist. */
    public static Btf of(List<? extends BtfType> types) {
        return of(null, types, ByteOrder.LITTLE_ENDIAN);
    }

    /** A split BTF over {@code base}: type {@code base.typeCount() + i} is {@code types.get(i)}. */
    public static Btf of(Btf base, List<? extends BtfType> types) {
        return of(Objects.requireNonNull(base, "base"), types, base.order);
    }

    private static Btf of(Btf base, List<? extends BtfType> types, ByteOrder order) {
        BtfType[] array = types.toArray(new BtfType[0]);
        int first = base == null ? 1 : base.typeCount();
        int total = first + array.length;
        if (total - 1 > BtfIndex.MAX_TYPE) {
            throw new IllegalArgumentException("more than " + BtfIndex.MAX_TYPE + " types");
        }
        for (int i = 0; i < array.length; i++) {
            BtfType t = Objects.requireNonNull(array[i], "type");
            if (t.kind() == BtfKind.VOID) {
                throw new IllegalArgumentException("type [" + (first + i) + "]: void is id 0 only");
            }
            for (int ref : references(t)) {
                if (ref >= total) {
                    throw new IllegalArgumentException("type [" + (first + i) + "] " + t.kind() + " refers to id "
                            + ref + ", last id is " + (total - 1));
                }
            }
        }
        return new Btf(base, null, array, order);
    }

    /** A builder that appends types and returns their ids. */
    public static BtfBuilder builder() {
        return new BtfBuilder(null);
    }

    /** A builder for split BTF over {@code base}. */
    public static BtfBuilder builder(Btf base) {
        return new BtfBuilder(Objects.requireNonNull(base, "base"));
    }

    /** The ids {@code t} refers to (members, params, pointee, element, index type, ...). */
    public static int[] references(BtfType t) {
        return switch (t.kind()) {
            case VOID, INT, ENUM, ENUM64, FWD, FLOAT -> new int[0];
            case PTR, TYPEDEF, VOLATILE, CONST, RESTRICT, TYPE_TAG -> new int[] {((BtfType.Reference) t).type()};
            case FUNC -> new int[] {((BtfType.Func) t).type()};
            case VAR -> new int[] {((BtfType.Var) t).type()};
            case DECL_TAG -> new int[] {((BtfType.DeclTag) t).type()};
            case ARRAY -> new int[] {((BtfType.Array) t).type(), ((BtfType.Array) t).indexType()};
            case STRUCT, UNION -> ((BtfType.Composite) t).members().stream().mapToInt(BtfType.Member::type).toArray();
            case FUNC_PROTO -> {
                BtfType.FuncProto f = (BtfType.FuncProto) t;
                int[] r = new int[f.params().size() + 1];
                r[0] = f.returnType();
                for (int i = 0; i < f.params().size(); i++) {
                    r[i + 1] = f.params().get(i).type();
                }
                yield r;
            }
            case DATASEC -> ((BtfType.Datasec) t).vars().stream().mapToInt(BtfType.VarSecinfo::type).toArray();
        };
    }

    /** The base of a split BTF, or null. */
    public Btf base() {
        return base;
    }

    /** The first id this BTF defines (1, or the base's {@link #typeCount()} for split BTF). */
    public int firstId() {
        return firstId;
    }

    /** One past the last type id, counting void and the base's types. */
    public int typeCount() {
        return firstId + count;
    }

    /** The byte order this BTF was read in (little endian when built). */
    public ByteOrder order() {
        return order;
    }

    /** The type with id {@code id}. */
    public BtfType type(int id) {
        if (id == 0) {
            return BtfType.Void.INSTANCE;
        }
        if (id < firstId) {
            if (base == null || id < 0) {
                throw new IllegalArgumentException("type id " + id + " out of range 0.." + (typeCount() - 1));
            }
            return base.type(id);
        }
        int n = id - firstId;
        if (n >= count) {
            throw new IllegalArgumentException("type id " + id + " out of range 0.." + (typeCount() - 1));
        }
        BtfType[] c = cache;
        if (c == null) {
            c = decodedCache();
        }
        BtfType t = c[n];
        if (t == null) {
            t = index.decode(id);
            c[n] = t;
        }
        return t;
    }

    private synchronized BtfType[] decodedCache() {
        BtfType[] c = cache;
        if (c == null) {
            c = new BtfType[count];
            cache = c;
        }
        return c;
    }

    /** The type with id {@code id}, which must be of class {@code type}. */
    public <T extends BtfType> T type(int id, Class<T> type) {
        BtfType t = type(id);
        if (!type.isInstance(t)) {
            throw new IllegalArgumentException("type [" + id + "] is " + t.kind() + ", not " + type.getSimpleName());
        }
        return type.cast(t);
    }

    /** The kind of type {@code id}, without decoding it. */
    public BtfKind kind(int id) {
        if (id == 0) {
            return BtfKind.VOID;
        }
        if (id >= firstId && index != null && id < typeCount()) {
            return index.kind(id);
        }
        return type(id).kind();
    }

    /** The name of type {@code id}, without decoding its members. */
    public String name(int id) {
        if (id >= firstId && index != null && id < typeCount()) {
            return index.strings().get(index.nameOff(id));
        }
        return type(id).name();
    }

    /** The types this BTF defines (not its base's), in id order starting at {@link #firstId()}. */
    public List<BtfType> types() {
        return new AbstractList<>() {
            @Override public BtfType get(int i) {
                Objects.checkIndex(i, count);
                return type(firstId + i);
            }
            @Override public int size() {
                return count;
            }
        };
    }

    /** Every type id from 1, the base's included. */
    public IntStream ids() {
        return IntStream.range(1, typeCount());
    }

    /** The ids of the types of {@code kind}, base included, in id order. */
    public IntStream idsOf(BtfKind kind) {
        return ids().filter(id -> kind(id) == kind);
    }

    /** The string at {@code offset} in this BTF's string section (used by .BTF.ext and CO-RE access strings). */
    public String string(long offset) {
        if (index == null) {
            throw new IllegalStateException("BTF built from Java objects has no string section until written");
        }
        if (!index.strings().contains(offset)) {
            throw new BtfFormatException(-1, -1, "string offset " + offset + " beyond the string section ("
                    + index.strings().end() + ")");
        }
        return index.strings().get((int) offset);
    }

    /** True when {@link #string} can answer {@code offset}. */
    public boolean hasString(long offset) {
        return index != null && index.strings().contains(offset);
    }

    // ---- look-ups by name ----

    /** All ids (base included) whose name is exactly {@code name}, ascending. */
    public int[] idsByName(String name) {
        return lookup(nameIndex(false), name, false);
    }

    /** The first id named {@code name} of kind {@code kind}. */
    public OptionalInt find(String name, BtfKind kind) {
        for (int id : idsByName(name)) {
            if (kind(id) == kind) {
                return OptionalInt.of(id);
            }
        }
        return OptionalInt.empty();
    }

    /** The struct or union named {@code name} (struct first), or empty. */
    public OptionalInt findComposite(String name) {
        for (int id : idsByName(name)) {
            BtfKind k = kind(id);
            if (k == BtfKind.STRUCT || k == BtfKind.UNION) {
                return OptionalInt.of(id);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * All ids whose {@linkplain #essentialName essential name} is {@code essentialName} — the candidates CO-RE
     * matches a local type against.
     */
    public int[] idsByEssentialName(String essentialName) {
        return lookup(nameIndex(true), essentialName, true);
    }

    /**
     * The name without its {@code ___flavor} suffix: everything from the last {@code ___} that has a non-underscore
     * on both sides is dropped. Follows libbpf bpf_core_essential_name_len (which scans from {@code len - 5} down).
     */
    public static String essentialName(String name) {
        int n = name.length();
        for (int i = n - 5; i >= 0; i--) {
            if (name.charAt(i) != '_' && name.charAt(i + 1) == '_' && name.charAt(i + 2) == '_'
                    && name.charAt(i + 3) == '_' && name.charAt(i + 4) != '_') {
                return name.substring(0, i + 1);
            }
        }
        return name;
    }

    /** Hash of a name as stored: byte-wise so that read BTF hashes without decoding strings. */
    private int nameHash(int id, boolean essential) {
        if (!essential && id >= firstId && index != null) {
            return index.strings().hashAt(index.nameOff(id));
        }
        if (!essential && id < firstId) {
            return base.nameHash(id, false);
        }
        String n = name(id);
        return StringTable.hash((essential ? essentialName(n) : n).getBytes(StandardCharsets.UTF_8));
    }

    private long[] nameIndex(boolean essential) {
        long[] idx = essential ? essentialIndex : nameIndex;
        if (idx == null) {
            int total = typeCount();
            idx = new long[total - 1];
            for (int id = 1; id < total; id++) {
                idx[id - 1] = ((long) nameHash(id, essential) << 32) | id;
            }
            Arrays.sort(idx);
            if (essential) {
                essentialIndex = idx;
            } else {
                nameIndex = idx;
            }
        }
        return idx;
    }

    private int[] lookup(long[] idx, String name, boolean essential) {
        long key = (long) StringTable.hash(name.getBytes(StandardCharsets.UTF_8)) << 32;
        int i = Arrays.binarySearch(idx, key);
        if (i < 0) {
            i = -i - 1;
        }
        int[] out = new int[4];
        int n = 0;
        for (; i < idx.length && (idx[i] & 0xffff_ffff_0000_0000L) == key; i++) {
            int id = (int) idx[i];
            String candidate = name(id);
            if (essential ? essentialName(candidate).equals(name) : candidate.equals(name)) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, n * 2);
                }
                out[n++] = id;
            }
        }
        return Arrays.copyOf(out, n);
    }

    // ---- resolution ----

    /** Follows CONST/VOLATILE/RESTRICT/TYPE_TAG from {@code id} (bounded by {@link #MAX_RESOLVE_DEPTH}). */
    public int skipModifiers(int id) {
        return skip(id, false);
    }

    /** Follows modifiers and typedefs from {@code id}: libbpf skip_mods_and_typedefs. */
    public int skipModsAndTypedefs(int id) {
        return skip(id, true);
    }

    private int skip(int id, boolean typedefs) {
        int start = id;
        for (int depth = 0; depth <= MAX_RESOLVE_DEPTH; depth++) {
            BtfKind k = kind(id);
            if (k.isModifier() || (typedefs && k == BtfKind.TYPEDEF)) {
                id = ((BtfType.Reference) type(id)).type();
            } else {
                return id;
            }
        }
        throw new BtfFormatException(start, -1, "typedef/modifier chain longer than " + MAX_RESOLVE_DEPTH
                + " (a cycle?)");
    }

    /** The pointer size: the size of the INT named like {@code long}, else 8 (libbpf determine_ptr_size). */
    public int pointerSize() {
        int ps = pointerSize;
        if (ps == 0) {
            ps = 8;
            for (int id = 1; id < typeCount(); id++) {
                if (kind(id) == BtfKind.INT && LONG_ALIASES.contains(name(id))) {
                    int size = ((BtfType.Int) type(id)).size();
                    if (size == 4 || size == 8) {
                        ps = size;
                        break;
                    }
                }
            }
            pointerSize = ps;
        }
        return ps;
    }

    private static final java.util.Set<String> LONG_ALIASES = java.util.Set.of("long", "long int", "int long",
            "unsigned long", "long unsigned", "unsigned long int", "unsigned int long", "long unsigned int",
            "long int unsigned", "int unsigned long", "int long unsigned");

    /**
     * The size in bytes of {@code id}, following typedefs, modifiers, VARs and DECL_TAGs and multiplying array
     * counts: libbpf btf__resolve_size.
     *
     * @throws IllegalArgumentException for a type without size (void, FUNC, FUNC_PROTO, FWD)
     * @throws BtfFormatException for chains longer than {@link #MAX_RESOLVE_DEPTH} or sizes over 4 GiB
     */
    public long sizeOf(int id) {
        long nelems = 1;
        int t = id;
        for (int depth = 0; depth < MAX_RESOLVE_DEPTH; depth++) {
            BtfType type = type(t);
            long size;
            switch (type.kind()) {
                case INT -> size = ((BtfType.Int) type).size();
                case STRUCT, UNION -> size = ((BtfType.Composite) type).size();
                case ENUM, ENUM64 -> size = ((BtfType.Enumeration) type).size();
                case DATASEC -> size = ((BtfType.Datasec) type).size();
                case FLOAT -> size = ((BtfType.Float) type).size();
                case PTR -> size = pointerSize();
                case TYPEDEF, VOLATILE, CONST, RESTRICT, TYPE_TAG -> {
                    t = ((BtfType.Reference) type).type();
                    continue;
                }
                case VAR -> {
                    t = ((BtfType.Var) type).type();
                    continue;
                }
                case DECL_TAG -> {
                    t = ((BtfType.DeclTag) type).type();
                    continue;
                }
                case ARRAY -> {
                    nelems *= ((BtfType.Array) type).count();
                    if (nelems > 0xffff_ffffL) {
                        throw new BtfFormatException(id, -1, "array element count overflows 32 bits");
                    }
                    t = ((BtfType.Array) type).type();
                    continue;
                }
                default -> throw new IllegalArgumentException("type [" + id + "] resolves to " + type.kind()
                        + " [" + t + "], which has no size");
            }
            long total = nelems * size;
            if (total > 0xffff_ffffL) {
                throw new BtfFormatException(id, -1, "size " + size + " x " + nelems + " elements overflows 32 bits");
            }
            return total;
        }
        throw new BtfFormatException(id, -1, "type chain longer than " + MAX_RESOLVE_DEPTH + " (a cycle?)");
    }

    /**
     * The alignment in bytes of {@code id}: libbpf btf__align_of (a struct whose members sit off their natural
     * alignment, or whose size is not a multiple of it, is packed: 1).
     */
    public int alignOf(int id) {
        return alignOf(id, new HashMap<>(), 0);
    }

    private int alignOf(int id, Map<Integer, Integer> memo, int depth) {
        Integer known = memo.get(id);
        if (known != null) {
            if (known == 0) {
                throw new BtfFormatException(id, -1, "type contains itself");
            }
            return known;
        }
        if (depth > 4 * MAX_RESOLVE_DEPTH) {
            throw new BtfFormatException(id, -1, "types nested deeper than " + 4 * MAX_RESOLVE_DEPTH);
        }
        memo.put(id, 0);
        BtfType t = type(id);
        int align = switch (t.kind()) {
            case INT -> Math.min(pointerSize(), ((BtfType.Int) t).size());
            case ENUM, ENUM64 -> Math.min(pointerSize(), ((BtfType.Enumeration) t).size());
            case FLOAT -> Math.min(pointerSize(), ((BtfType.Float) t).size());
            case PTR -> pointerSize();
            case TYPEDEF, VOLATILE, CONST, RESTRICT, TYPE_TAG -> alignOf(((BtfType.Reference) t).type(), memo, depth + 1);
            case ARRAY -> alignOf(((BtfType.Array) t).type(), memo, depth + 1);
            case STRUCT, UNION -> {
                BtfType.Composite c = (BtfType.Composite) t;
                int max = 1;
                boolean packed = false;
                for (BtfType.Member m : c.members()) {
                    int a = alignOf(m.type(), memo, depth + 1);
                    max = Math.max(max, a);
                    if (m.bitfieldSize() == 0 && m.bitOffset() % (8L * a) != 0) {
                        packed = true;
                    }
                }
                yield packed || c.size() % max != 0 ? 1 : max;
            }
            default -> throw new IllegalArgumentException("type [" + id + "] " + t.kind() + " has no alignment");
        };
        memo.put(id, align);
        return align;
    }

    // ---- names as C prints them ----

    /** The type as C spells it in a cast: {@code struct sock *}, {@code const char[16]}, {@code int (*)(void *)}. */
    public String typeName(int id) {
        return declaration(id, "");
    }

    /** A C declaration of {@code name} with type {@code id}: {@code int (*handler)(struct sk_buff *)}. */
    public String declaration(int id, String name) {
        return new CDeclarator(this).declare(id, name);
    }

    // ---- writing ----

    /** This BTF (without its base) as bytes in its own byte order. */
    public byte[] write() {
        return write(order);
    }

    /** This BTF (without its base) as bytes in {@code order}. */
    public byte[] write(ByteOrder order) {
        BtfWriter w = new BtfWriter(this);
        return w.write(order);
    }

    // ---- identity ----

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Btf other) || other.count != count || !Objects.equals(base, other.base)) {
            return false;
        }
        for (int id = firstId; id < typeCount(); id++) {
            if (!type(id).equals(other.type(id))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = count;
        for (int id = firstId; id < typeCount(); id++) {
            h = 31 * h + kind(id).hashCode() + name(id).hashCode();
        }
        return h;
    }

    @Override
    public String toString() {
        return "Btf[" + count + " types from id " + firstId + (base != null ? ", split" : "") + "]";
    }

    /** One past the last string offset of this BTF (split BTF continues from here). */
    int stringEnd() {
        if (index == null) {
            throw new IllegalStateException("the base of split BTF must be read from bytes to know its strings");
        }
        return index.strings().end();
    }
}
