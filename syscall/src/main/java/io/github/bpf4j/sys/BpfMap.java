package io.github.bpf4j.sys;

import com.sun.jna.Memory;
import io.github.bpf4j.elf.MapType;
import io.github.bpf4j.sys.internal.Attr;
import io.github.bpf4j.sys.internal.Bpffs;
import io.github.bpf4j.sys.internal.Cpus;
import io.github.bpf4j.sys.internal.ElemCalls;
import io.github.bpf4j.sys.internal.Fd;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * A live map: owns its fd. Keys and values are byte arrays of the map's sizes; {@link #typed} gives a view through
 * codecs. Per-CPU maps hold one value per possible CPU ({@code /sys/devices/system/cpu/possible}), each slot
 * rounded up to 8 bytes, as the kernel copies them ({@code bpf_percpu_*_copy}).
 */
public final class BpfMap implements AutoCloseable {

    private final Fd fd;
    private final MapType type;
    private final String name;
    private final int keySize;
    private final int valueSize;
    private final int maxEntries;
    private final int flags;

    private BpfMap(int fd, MapType type, String name, int keySize, int valueSize, int maxEntries, int flags) {
        this.fd = new Fd("map " + name, fd);
        this.type = type;
        this.name = name;
        this.keySize = keySize;
        this.valueSize = valueSize;
        this.maxEntries = maxEntries;
        this.flags = flags;
    }

    /** Creates the map. */
    public static BpfMap create(MapSpec spec) {
        return create(spec, null);
    }

    /**
     * Creates the map; with {@code btf} the spec's BTF key and value type ids refer to it. For map-in-map types the
     * inner template is created for the call and closed after it, as libbpf does.
     */
    public static BpfMap create(MapSpec spec, LoadedBtf btf) {
        Objects.requireNonNull(spec, "spec");
        BpfMap inner = spec.innerMap() == null ? null : create(spec.innerMap(), btf);
        try (Attr a = new Attr()) {
            int flags = spec.flags() | (spec.numaNode() >= 0 ? MapSpec.F_NUMA_NODE : 0);
            a.u32(0, spec.type().code()).u32(4, spec.keySize()).u32(8, spec.valueSize())
                    .u32(12, spec.maxEntries()).u32(16, flags).name(28, spec.name()).u64(64, spec.mapExtra());
            if (inner != null) {
                a.u32(20, inner.fd());
            }
            if (spec.numaNode() >= 0) {
                a.u32(24, spec.numaNode());
            }
            if (btf != null && (spec.btfKeyTypeId() != 0 || spec.btfValueTypeId() != 0)) {
                a.u32(48, btf.fd()).u32(52, spec.btfKeyTypeId()).u32(56, spec.btfValueTypeId());
            }
            int r = a.callOrErrno(BpfCommand.MAP_CREATE);
            if (r < 0) {
                Errno e = Errno.of(-r);
                throw new BpfException(BpfCommand.MAP_CREATE.name(), e, "map '" + spec.name() + "' (" + spec.type()
                        + ", key " + spec.keySize() + ", value " + spec.valueSize() + ", max_entries "
                        + spec.maxEntries() + ", flags 0x" + Integer.toHexString(flags) + ")",
                        createHint(spec, e));
            }
            return new BpfMap(r, spec.type(), spec.name(), spec.keySize(), spec.valueSize(), spec.maxEntries(),
                    flags);
        } finally {
            if (inner != null) {
                inner.close();
            }
        }
    }

    private static String createHint(MapSpec spec, Errno e) {
        if (e.equals(Errno.EINVAL) && spec.type() == MapType.RINGBUF) {
            return "ring buffer max_entries must be a power of two multiple of the page size, with key and value "
                    + "size 0";
        }
        if (e.equals(Errno.E2BIG)) {
            return "key or value size too large for " + spec.type() + ", or max_entries too large";
        }
        return BpfException.hintFor(BpfCommand.MAP_CREATE.name(), e);
    }

    /** Opens a map pinned in bpffs. */
    public static BpfMap open(Path pin) {
        int fd = objGet(pin);
        try {
            MapInfo info = info(fd);
            MapType t = info.type();
            if (t == null) {
                throw new IllegalStateException(pin + " holds a map of type " + info.typeCode()
                        + ", unknown to this version");
            }
            return new BpfMap(fd, t, info.name(), info.keySize(), info.valueSize(), info.maxEntries(),
                    info.flags());
        } catch (RuntimeException ex) {
            io.github.bpf4j.sys.internal.Sys.close(fd);
            throw ex;
        }
    }

    static int objGet(Path pin) {
        try (Attr a = new Attr()) {
            a.string(0, pin.toString());
            int r = a.callOrErrno(BpfCommand.OBJ_GET);
            if (r < 0) {
                Errno e = Errno.of(-r);
                String hint = Bpffs.hint(pin);
                throw new BpfException(BpfCommand.OBJ_GET.name(), e, "opening " + pin,
                        hint != null ? hint : BpfException.hintFor(BpfCommand.OBJ_GET.name(), e));
            }
            return r;
        }
    }

    static void objPin(int fd, Path pin) {
        try (Attr a = new Attr()) {
            a.string(0, pin.toString());
            a.u32(8, fd);
            int r = a.callOrErrno(BpfCommand.OBJ_PIN);
            if (r < 0) {
                Errno e = Errno.of(-r);
                String hint = Bpffs.hint(pin);
                throw new BpfException(BpfCommand.OBJ_PIN.name(), e, "pinning at " + pin,
                        hint != null ? hint : BpfException.hintFor(BpfCommand.OBJ_PIN.name(), e));
            }
        }
    }

    public int fd() {
        return fd.get();
    }

    public MapType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public int keySize() {
        return keySize;
    }

    public int valueSize() {
        return valueSize;
    }

    public int maxEntries() {
        return maxEntries;
    }

    public int flags() {
        return flags;
    }

    /** Bytes of one value as lookups return it: for per-CPU maps {@code roundup(valueSize, 8) * possible CPUs}. */
    public int valueBufferSize() {
        return isPerCpu() ? perCpuSlot() * Cpus.possibleCount() : valueSize;
    }

    /** Whether each CPU has its own copy of a value (lookups return one value per possible CPU). */
    public boolean isPerCpu() {
        return perCpu(type);
    }

    /** Whether maps of {@code type} keep one value per CPU. */
    public static boolean perCpu(MapType type) {
        return type == MapType.PERCPU_HASH || type == MapType.PERCPU_ARRAY || type == MapType.LRU_PERCPU_HASH
                || type == MapType.PERCPU_CGROUP_STORAGE;
    }

    private int perCpuSlot() {
        return (valueSize + 7) & ~7;
    }

    private void checkKey(byte[] key) {
        if (keySize == 0 ? key != null && key.length != 0 : key == null || key.length != keySize) {
            throw new IllegalArgumentException("map '" + name + "' has " + keySize + "-byte keys, given "
                    + (key == null ? "none" : key.length + " bytes"));
        }
    }

    private void checkValue(byte[] value, int size) {
        if (value == null || value.length != size) {
            throw new IllegalArgumentException("map '" + name + "' takes " + size + "-byte values, given "
                    + (value == null ? "none" : value.length + " bytes"));
        }
    }

    private Optional<byte[]> lookupRaw(BpfCommand cmd, byte[] key) {
        byte[] out = new byte[valueBufferSize()];
        return lookupInto(cmd, key, out) ? Optional.of(out) : Optional.empty();
    }

    /** Runs a lookup command into {@code out} ({@link #valueBufferSize()} bytes); false when the key is absent. */
    private boolean lookupInto(BpfCommand cmd, byte[] key, byte[] out) {
        checkKey(key);
        int size = valueBufferSize();
        checkValue(out, size);
        int r = ElemCalls.call(cmd.code(), fd(), keySize > 0 ? key : null, null, out, size, 0);
        if (r == -Errno.ENOENT.number()) {
            return false;
        }
        if (r < 0) {
            throw new BpfException(cmd.name(), Errno.of(-r), "map '" + name + "'", null);
        }
        return true;
    }

    /** The value of {@code key}, empty when absent. Per-CPU maps: see {@link #lookupPerCpu}. */
    public Optional<byte[]> lookup(byte[] key) {
        if (isPerCpu()) {
            throw new IllegalStateException("map '" + name + "' is per-CPU: use lookupPerCpu");
        }
        return lookupRaw(BpfCommand.MAP_LOOKUP_ELEM, key);
    }

    /**
     * Reads the value of {@code key} into {@code value}, allocating nothing (libbpf {@code bpf_map_lookup_elem(fd,
     * key, value)}); false, with {@code value} untouched, when absent. {@code value} has {@link #valueBufferSize()}
     * bytes: for per-CPU maps the raw layout, one 8-byte aligned slot per possible CPU ({@link #splitPerCpu}).
     */
    public boolean lookup(byte[] key, byte[] value) {
        return lookupInto(BpfCommand.MAP_LOOKUP_ELEM, key, value);
    }

    /** The values of {@code key} on each possible CPU (index = CPU number), empty when absent. */
    public Optional<List<byte[]>> lookupPerCpu(byte[] key) {
        if (!isPerCpu()) {
            throw new IllegalStateException("map '" + name + "' is not per-CPU");
        }
        return lookupRaw(BpfCommand.MAP_LOOKUP_ELEM, key).map(this::splitPerCpu);
    }

    /** Splits a per-CPU value buffer into one value per CPU. */
    public List<byte[]> splitPerCpu(byte[] raw) {
        int slot = perCpuSlot();
        int n = raw.length / slot;
        List<byte[]> out = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            byte[] v = new byte[valueSize];
            System.arraycopy(raw, c * slot, v, 0, valueSize);
            out.add(v);
        }
        return out;
    }

    /** Removes and returns the value of {@code key} (for queues and stacks: pops, with {@code key} null). */
    public Optional<byte[]> lookupAndDelete(byte[] key) {
        return lookupRaw(BpfCommand.MAP_LOOKUP_AND_DELETE_ELEM, key);
    }

    /** Sets {@code key} to {@code value} ({@link UpdateFlag#ANY}), allocating nothing. */
    public void update(byte[] key, byte[] value) {
        updateOne(key, value, 0);
    }

    /** Sets {@code key} to {@code value}. */
    public void update(byte[] key, byte[] value, UpdateFlag... flags) {
        updateOne(key, value, UpdateFlag.combine(flags));
    }

    private void updateOne(byte[] key, byte[] value, long flagBits) {
        if (isPerCpu()) {
            throw new IllegalStateException("map '" + name + "' is per-CPU: use updatePerCpu");
        }
        checkValue(value, valueSize);
        updateRaw(key, value, flagBits);
    }

    /** Sets {@code key} to one value per possible CPU. */
    public void updatePerCpu(byte[] key, List<byte[]> values, UpdateFlag... flags) {
        int n = Cpus.possibleCount();
        if (values.size() != n) {
            throw new IllegalArgumentException("map '" + name + "' needs " + n + " per-CPU values, given "
                    + values.size());
        }
        int slot = perCpuSlot();
        byte[] raw = new byte[slot * n];
        for (int c = 0; c < n; c++) {
            checkValue(values.get(c), valueSize);
            System.arraycopy(values.get(c), 0, raw, c * slot, valueSize);
        }
        updateRaw(key, raw, UpdateFlag.combine(flags));
    }

    private void updateRaw(byte[] key, byte[] value, long flagBits) {
        checkKey(key);
        int r = ElemCalls.call(BpfCommand.MAP_UPDATE_ELEM.code(), fd(), keySize > 0 ? key : null, value, null,
                value.length, flagBits);
        if (r < 0) {
            Errno e = Errno.of(-r);
            String hint = e.equals(Errno.E2BIG) ? "the map is full (max_entries " + maxEntries + ")"
                    : e.equals(Errno.EEXIST) ? "the key exists and NOEXIST was given"
                    : e.equals(Errno.ENOENT) ? "the key is absent and EXIST was given"
                    : e.equals(Errno.EPERM) && type != MapType.PROG_ARRAY ? "the map is frozen or read-only "
                    + "for user space, or the caller lacks CAP_BPF"
                    : BpfException.hintFor(BpfCommand.MAP_UPDATE_ELEM.name(), e);
            throw new BpfException(BpfCommand.MAP_UPDATE_ELEM.name(), e, "map '" + name + "'", hint);
        }
    }

    /** Deletes {@code key}; false when it was absent. */
    public boolean delete(byte[] key) {
        checkKey(key);
        int r = ElemCalls.call(BpfCommand.MAP_DELETE_ELEM.code(), fd(), key, null, null, 0, 0);
        if (r == -Errno.ENOENT.number()) {
            return false;
        }
        if (r < 0) {
            throw new BpfException(BpfCommand.MAP_DELETE_ELEM.name(), Errno.of(-r), "map '" + name + "'",
                    type == MapType.ARRAY || type == MapType.PERCPU_ARRAY
                            ? "array elements cannot be deleted" : null);
        }
        return true;
    }

    /** The key after {@code key} ({@code null} for the first), empty at the end. */
    public Optional<byte[]> nextKey(byte[] key) {
        if (key != null) {
            checkKey(key);
        }
        try (Attr a = new Attr()) {
            a.u32(0, fd());
            if (key != null) {
                a.bytes(8, key);
            }
            Memory next = a.buffer(keySize);
            a.ptr(16, next);
            int r = a.callOrErrno(BpfCommand.MAP_GET_NEXT_KEY);
            if (r == -Errno.ENOENT.number()) {
                return Optional.empty();
            }
            if (r < 0) {
                throw new BpfException(BpfCommand.MAP_GET_NEXT_KEY.name(), Errno.of(-r), "map '" + name + "'",
                        null);
            }
            return Optional.of(next.getByteArray(0, keySize));
        }
    }

    /** The keys, by {@code BPF_MAP_GET_NEXT_KEY}; iteration reads the map lazily. */
    public Iterable<byte[]> keys() {
        return () -> new Iterator<>() {
            private byte[] prev;
            private Optional<byte[]> next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    next = nextKey(prev);
                    done = next.isEmpty();
                }
                return !done;
            }

            @Override
            public byte[] next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                prev = next.get();
                next = null;
                return prev;
            }
        };
    }

    /** Every entry by batch lookup, {@code chunk} elements per call. */
    public List<MapEntry> lookupBatch(int chunk) {
        return batchRead(BpfCommand.MAP_LOOKUP_BATCH, chunk);
    }

    /** Every entry, deleting them, by batch lookup-and-delete. */
    public List<MapEntry> lookupAndDeleteBatch(int chunk) {
        return batchRead(BpfCommand.MAP_LOOKUP_AND_DELETE_BATCH, chunk);
    }

    private List<MapEntry> batchRead(BpfCommand cmd, int chunk) {
        if (chunk <= 0) {
            throw new IllegalArgumentException("batch chunk must be positive, got " + chunk);
        }
        int vsize = valueBufferSize();
        List<MapEntry> out = new ArrayList<>();
        // The batch token is opaque: the hash table uses a u32 bucket, arrays a key-sized index.
        int tokenSize = Math.max(8, keySize);
        try (Attr a = new Attr()) {
            Memory in = a.buffer(tokenSize);
            Memory outTok = a.buffer(tokenSize);
            Memory keys = a.buffer((long) chunk * keySize);
            Memory values = a.buffer((long) chunk * vsize);
            boolean first = true;
            while (true) {
                a.ptr(0, first ? null : in).ptr(8, outTok).ptr(16, keys).ptr(24, values).u32(32, chunk)
                        .u32(36, fd());
                int r = a.callOrErrno(cmd);
                int n = a.u32(32);
                if (r < 0 && r != -Errno.ENOENT.number()) {
                    throw new BpfException(cmd.name(), Errno.of(-r), "map '" + name + "'",
                            Errno.of(-r).equals(Errno.EINVAL) ? type + " maps may not support batch operations"
                                    : BpfException.hintFor(cmd.name(), Errno.of(-r)));
                }
                for (int i = 0; i < n; i++) {
                    out.add(new MapEntry(keys.getByteArray((long) i * keySize, keySize),
                            values.getByteArray((long) i * vsize, vsize)));
                }
                if (r < 0) {
                    return out; // ENOENT: the walk reached the end
                }
                in.write(0, outTok.getByteArray(0, tokenSize), 0, tokenSize);
                first = false;
            }
        }
    }

    /** Sets every {@code keys[i]} to {@code values[i]} in one call; returns the count done. */
    public int updateBatch(List<byte[]> keys, List<byte[]> values, UpdateFlag... elemFlags) {
        if (keys.size() != values.size()) {
            throw new IllegalArgumentException(keys.size() + " keys but " + values.size() + " values");
        }
        int vsize = valueBufferSize();
        try (Attr a = new Attr()) {
            Memory k = a.buffer((long) keys.size() * keySize);
            Memory v = a.buffer((long) values.size() * vsize);
            for (int i = 0; i < keys.size(); i++) {
                checkKey(keys.get(i));
                checkValue(values.get(i), vsize);
                k.write((long) i * keySize, keys.get(i), 0, keySize);
                v.write((long) i * vsize, values.get(i), 0, vsize);
            }
            a.ptr(16, k).ptr(24, v).u32(32, keys.size()).u32(36, fd()).u64(40, UpdateFlag.combine(elemFlags));
            int r = a.callOrErrno(BpfCommand.MAP_UPDATE_BATCH);
            if (r < 0) {
                throw new BpfException(BpfCommand.MAP_UPDATE_BATCH.name(), Errno.of(-r), "map '" + name + "', "
                        + a.u32(32) + " of " + keys.size() + " elements updated", null);
            }
            return a.u32(32);
        }
    }

    /** Deletes the keys in one call; returns the count deleted. */
    public int deleteBatch(List<byte[]> keys) {
        try (Attr a = new Attr()) {
            Memory k = a.buffer((long) keys.size() * keySize);
            for (int i = 0; i < keys.size(); i++) {
                checkKey(keys.get(i));
                k.write((long) i * keySize, keys.get(i), 0, keySize);
            }
            a.ptr(16, k).u32(32, keys.size()).u32(36, fd());
            int r = a.callOrErrno(BpfCommand.MAP_DELETE_BATCH);
            if (r < 0) {
                throw new BpfException(BpfCommand.MAP_DELETE_BATCH.name(), Errno.of(-r), "map '" + name + "', "
                        + a.u32(32) + " of " + keys.size() + " elements deleted", null);
            }
            return a.u32(32);
        }
    }

    /** Makes the map read-only for user space ({@code BPF_MAP_FREEZE}). */
    public void freeze() {
        try (Attr a = new Attr()) {
            a.u32(0, fd()).call(BpfCommand.MAP_FREEZE);
        }
    }

    /** Pins the map in bpffs at {@code path}. */
    public void pin(Path path) {
        objPin(fd(), path);
    }

    /** What the kernel says about the map. */
    public MapInfo info() {
        return info(fd());
    }

    static MapInfo info(int fd) {
        try (Attr a = new Attr()) {
            Memory info = a.buffer(88);
            a.u32(0, fd).u32(4, 88).ptr(8, info);
            a.call(BpfCommand.OBJ_GET_INFO_BY_FD);
            int typeCode = info.getInt(0);
            return new MapInfo(MapType.ofOrNull(typeCode), typeCode, info.getInt(4), info.getInt(8),
                    info.getInt(12), info.getInt(16), info.getInt(20), cString(info.getByteArray(24, 16)),
                    info.getInt(64), info.getLong(80));
        }
    }

    static String cString(byte[] b) {
        int n = 0;
        while (n < b.length && b[n] != 0) {
            n++;
        }
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }

    /** A view through codecs. */
    public <K, V> TypedMap<K, V> typed(Codec<K> keys, Codec<V> values) {
        return new TypedMap<>(this, keys, values);
    }

    @Override
    public void close() {
        fd.close();
    }

    @Override
    public String toString() {
        return "BpfMap[" + name + ", " + type + ", key " + keySize + ", value " + valueSize + ", max_entries "
                + maxEntries + "]";
    }
}
