package io.github.bpf4j.sys.record;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfType;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Decodes perf and ring buffer records by a struct's BTF, at run time: what bpf2go generates Go types for, read here
 * from the object's {@code .BTF} ({@code BpfObject.btf()}) without generated code.
 *
 * <p>The layout is compiled once in {@link #of}: one reader per member at its byte (or bit) offset; {@link #decode}
 * then only reads. Type resolution is bounded at depth 32 as libbpf bounds it. Thread-safe and immutable.
 *
 * <pre>{@code
 * RecordDecoder events = RecordDecoder.of(object.btf().orElseThrow(), "event");
 * ring.poll(timeout, b -> System.out.println(events.decode(b).getString("comm")));
 * }</pre>
 */
public final class RecordDecoder {

    private static final int MAX_DEPTH = 32;

    /** Reads one value at an absolute byte offset of the buffer. */
    @FunctionalInterface
    private interface Reader {
        Object read(ByteBuffer b, int at);
    }

    private final String typeName;
    private final int size;
    private final ByteOrder order;
    private final Reader root;

    private RecordDecoder(String typeName, int size, ByteOrder order, Reader root) {
        this.typeName = typeName;
        this.size = size;
        this.order = order;
        this.root = root;
    }

    /**
     * The decoder of the struct or union named {@code structName} (or a typedef of one), in the byte order of
     * {@code btf} (the object's, which is the producing kernel's).
     *
     * @throws IllegalArgumentException when there is no such type
     * @throws RecordFormatException    when a member has a type without a layout (a function, an incomplete type)
     */
    public static RecordDecoder of(Btf btf, String structName) {
        Objects.requireNonNull(btf, "btf");
        OptionalInt id = btf.findComposite(structName);
        if (id.isEmpty()) {
            for (int t : btf.idsByName(structName)) {
                if (btf.type(t) instanceof BtfType.Typedef) {
                    int target = btf.skipModsAndTypedefs(t);
                    if (btf.type(target) instanceof BtfType.Composite) {
                        id = OptionalInt.of(target);
                        break;
                    }
                }
            }
        }
        if (id.isEmpty()) {
            throw new IllegalArgumentException("no struct or union '" + structName + "' in the BTF; the record type "
                    + "reaches BTF only when the program uses it in a typed way (a map value, a global variable)");
        }
        return of(btf, id.getAsInt());
    }

    /** The decoder of the struct or union with BTF id {@code typeId}. */
    public static RecordDecoder of(Btf btf, int typeId) {
        int id = btf.skipModsAndTypedefs(typeId);
        if (!(btf.type(id) instanceof BtfType.Composite c)) {
            throw new IllegalArgumentException("type " + typeId + " (" + btf.typeName(typeId)
                    + ") is not a struct or union");
        }
        String name = btf.typeName(id);
        return new RecordDecoder(name, c.size(), btf.order(), new Compiler(btf, name).compile(id, 0));
    }

    /** The C name of the decoded type. */
    public String typeName() {
        return typeName;
    }

    /** The size of the type in bytes: the shortest record {@link #decode} accepts. */
    public int size() {
        return size;
    }

    /**
     * Decodes the record starting at the buffer's position (which is not moved). Longer records are fine (perf
     * samples are padded to 8 bytes).
     *
     * @throws RecordFormatException when fewer than {@link #size()} bytes remain
     */
    public RecordValue decode(ByteBuffer record) {
        if (record.remaining() < size) {
            throw new RecordFormatException(typeName, record.remaining(), "record of " + record.remaining()
                    + " bytes is shorter than " + typeName + " (" + size + " bytes)");
        }
        ByteBuffer b = record.duplicate().order(order);
        return (RecordValue) root.read(b, b.position());
    }

    /** Decodes a copied record. */
    public RecordValue decode(byte[] record) {
        return decode(ByteBuffer.wrap(record));
    }

    /** Builds the readers, bounded by depth. */
    private static final class Compiler {
        private final Btf btf;
        private final String rootName;
        private final Map<Integer, Reader> done = new HashMap<>();

        Compiler(Btf btf, String rootName) {
            this.btf = btf;
            this.rootName = rootName;
        }

        Reader compile(int typeId, int depth) {
            if (depth > MAX_DEPTH) {
                throw new RecordFormatException(rootName, -1, "types nest deeper than " + MAX_DEPTH
                        + " (at type " + typeId + ")");
            }
            int id = btf.skipModsAndTypedefs(typeId);
            Reader cached = done.get(id);
            if (cached != null) {
                return cached;
            }
            BtfType t = btf.type(id);
            Reader r = switch (t.kind()) {
                case INT -> intReader((BtfType.Int) t);
                case PTR -> {
                    int ps = btf.pointerSize();
                    yield (b, at) -> ps == 4 ? (long) b.getInt(at) & 0xffffffffL : b.getLong(at);
                }
                case ENUM, ENUM64 -> enumReader((BtfType.Enumeration) t);
                case FLOAT -> {
                    int size = ((BtfType.Float) t).size();
                    if (size == 4) {
                        yield (b, at) -> (double) b.getFloat(at);
                    } else if (size == 8) {
                        yield (b, at) -> b.getDouble(at);
                    }
                    yield bytesReader(size);
                }
                case ARRAY -> arrayReader((BtfType.Array) t, depth);
                case STRUCT, UNION -> compositeReader(id, (BtfType.Composite) t, depth);
                default -> throw new RecordFormatException(rootName, -1, "type " + id + " (" + btf.typeName(id)
                        + ", " + t.kind() + ") has no layout to decode");
            };
            done.put(id, r);
            return r;
        }

        private Reader intReader(BtfType.Int t) {
            boolean signed = t.encoding() == BtfType.IntEncoding.SIGNED;
            if (t.encoding() == BtfType.IntEncoding.BOOL) {
                return (b, at) -> b.get(at) != 0;
            }
            if (t.bits() != 0 && t.bits() < t.size() * 8 || t.bitOffset() != 0) {
                int bits = t.bits();
                int shift = t.bitOffset();
                int size = t.size();
                return (b, at) -> bitfield(b, at, shift, bits, signed, size);
            }
            return switch (t.size()) {
                case 1 -> signed ? (b, at) -> (long) b.get(at) : (b, at) -> (long) (b.get(at) & 0xff);
                case 2 -> signed ? (b, at) -> (long) b.getShort(at) : (b, at) -> (long) (b.getShort(at) & 0xffff);
                case 4 -> signed ? (b, at) -> (long) b.getInt(at) : (b, at) -> b.getInt(at) & 0xffffffffL;
                case 8 -> (b, at) -> b.getLong(at);
                case 16 -> (b, at) -> int128(b, at, signed);
                default -> bytesReader(t.size());
            };
        }

        private static Object int128(ByteBuffer b, int at, boolean signed) {
            long lo = b.order() == ByteOrder.LITTLE_ENDIAN ? b.getLong(at) : b.getLong(at + 8);
            long hi = b.order() == ByteOrder.LITTLE_ENDIAN ? b.getLong(at + 8) : b.getLong(at);
            BigInteger v = BigInteger.valueOf(hi).shiftLeft(64).or(new BigInteger(Long.toUnsignedString(lo)));
            return signed || hi >= 0 ? v : v.add(BigInteger.ONE.shiftLeft(128));
        }

        private Reader enumReader(BtfType.Enumeration e) {
            Map<Long, String> names = new HashMap<>();
            for (BtfType.EnumValue v : e.values()) {
                names.putIfAbsent(v.value(), v.name());
            }
            int size = e.size();
            boolean signed = e.signed();
            return (b, at) -> {
                long raw = switch (size) {
                    case 1 -> signed ? b.get(at) : b.get(at) & 0xffL;
                    case 2 -> signed ? b.getShort(at) : b.getShort(at) & 0xffffL;
                    case 4 -> signed ? b.getInt(at) : b.getInt(at) & 0xffffffffL;
                    default -> b.getLong(at);
                };
                String n = names.get(raw);
                return n != null ? n : (Object) raw;
            };
        }

        private Reader arrayReader(BtfType.Array a, int depth) {
            long count = a.count();
            int elem = btf.skipModsAndTypedefs(a.type());
            long elemSize = btf.sizeOf(elem);
            if (count * elemSize > Integer.MAX_VALUE) {
                throw new RecordFormatException(rootName, -1, "array type of " + count + " elements of " + elemSize
                        + " bytes is larger than any record");
            }
            int n = (int) count;
            int es = (int) elemSize;
            if (btf.type(elem) instanceof BtfType.Int i && i.size() == 1 && i.encoding() != BtfType.IntEncoding.BOOL) {
                // char arrays are text; other byte arrays (__u8 is a typedef of unsigned char) stay bytes
                BtfType shallow = btf.type(btf.skipModifiers(a.type()));
                if (i.encoding() == BtfType.IntEncoding.CHAR
                        || shallow instanceof BtfType.Int si && si.name().equals("char")) {
                    return (b, at) -> {
                        int len = 0;
                        while (len < n && b.get(at + len) != 0) {
                            len++;
                        }
                        byte[] s = new byte[len];
                        b.get(at, s);
                        return new String(s, StandardCharsets.UTF_8);
                    };
                }
                return bytesReader(n);
            }
            Reader r = compile(elem, depth + 1);
            return (b, at) -> {
                List<Object> out = new ArrayList<>(n);
                for (int k = 0; k < n; k++) {
                    out.add(r.read(b, at + k * es));
                }
                return List.copyOf(out);
            };
        }

        private record Field(String name, long bitOffset, int bitfieldSize, boolean signed, int size, Reader reader,
                boolean lift) {}

        private Reader compositeReader(int id, BtfType.Composite c, int depth) {
            List<Field> fields = new ArrayList<>();
            for (BtfType.Member m : c.members()) {
                int mt = btf.skipModsAndTypedefs(m.type());
                BtfType mtype = btf.type(mt);
                Reader reader = m.isBitfield() && !(mtype instanceof BtfType.Enumeration) ? null : compile(mt, depth + 1);
                long end = m.isBitfield() ? (m.bitOffset() + m.bitfieldSize() + 7) / 8
                        : m.byteOffset() + btf.sizeOf(mt);
                if (end > c.size()) {
                    throw new RecordFormatException(rootName, -1, btf.typeName(id) + " member '" + m.name()
                            + "' ends at byte " + end + ", past the type's " + c.size() + " bytes");
                }
                if (m.isBitfield()) {
                    boolean signed = mtype instanceof BtfType.Int i ? i.encoding() == BtfType.IntEncoding.SIGNED
                            : mtype instanceof BtfType.Enumeration e && e.signed();
                    fields.add(new Field(m.name(), m.bitOffset(), m.bitfieldSize(), signed,
                            (int) btf.sizeOf(mt), reader, false));
                } else {
                    boolean lift = m.name().isEmpty() && mtype instanceof BtfType.Composite;
                    fields.add(new Field(m.name(), m.bitOffset(), 0, false, 0, reader, lift));
                }
            }
            String name = btf.typeName(id);
            return (b, at) -> {
                Map<String, Object> values = new LinkedHashMap<>();
                for (Field f : fields) {
                    if (f.bitfieldSize != 0) {
                        int byteAt = at + (int) (f.bitOffset / 8);
                        long v = bitfield(b, byteAt, (int) (f.bitOffset % 8), f.bitfieldSize, f.signed,
                                (int) ((f.bitOffset % 8 + f.bitfieldSize + 7) / 8));
                        values.put(f.name, f.reader == null ? (Object) v : enumName(f.reader, v, f.size, b.order()));
                        continue;
                    }
                    Object v = f.reader.read(b, at + (int) (f.bitOffset / 8));
                    if (f.lift) {
                        values.putAll(((RecordValue) v).fields());
                    } else {
                        values.put(f.name, v);
                    }
                }
                return new RecordValue(name, values);
            };
        }

        /** An enum bitfield: the extracted bits decoded as the enum would be. */
        private static Object enumName(Reader enumReader, long v, int size, ByteOrder order) {
            ByteBuffer tmp = ByteBuffer.allocate(8).order(order);
            switch (size) {
                case 1 -> tmp.put(0, (byte) v);
                case 2 -> tmp.putShort(0, (short) v);
                case 4 -> tmp.putInt(0, (int) v);
                default -> tmp.putLong(0, v);
            }
            return enumReader.read(tmp, 0);
        }

        private static Reader bytesReader(int n) {
            return (b, at) -> {
                byte[] out = new byte[n];
                b.get(at, out);
                return out;
            };
        }
    }

    /**
     * {@code bits} bits starting {@code bitInByte} bits into the byte at {@code at}, over {@code bytes} bytes: the
     * same bits C reads (on little-endian the low bits of the lowest byte come first, on big-endian the high bits).
     */
    static long bitfield(ByteBuffer b, int at, int bitInByte, int bits, boolean signed, int bytes) {
        int n = Math.max(1, Math.min(bytes, 9));
        // gather up to 9 bytes into a 128-bit value in the buffer's order
        BigInteger acc = BigInteger.ZERO;
        long value;
        if (n <= 8) {
            long raw = 0;
            for (int i = 0; i < n; i++) {
                int byteVal = b.get(at + i) & 0xff;
                raw = b.order() == ByteOrder.LITTLE_ENDIAN ? raw | ((long) byteVal << (8 * i)) : (raw << 8) | byteVal;
            }
            int shift = b.order() == ByteOrder.LITTLE_ENDIAN ? bitInByte : n * 8 - bitInByte - bits;
            value = raw >>> shift;
        } else {
            for (int i = 0; i < n; i++) {
                BigInteger byteVal = BigInteger.valueOf(b.get(at + i) & 0xff);
                acc = b.order() == ByteOrder.LITTLE_ENDIAN ? acc.or(byteVal.shiftLeft(8 * i))
                        : acc.shiftLeft(8).or(byteVal);
            }
            int shift = b.order() == ByteOrder.LITTLE_ENDIAN ? bitInByte : n * 8 - bitInByte - bits;
            value = acc.shiftRight(shift).longValue();
        }
        if (bits < 64) {
            value &= (1L << bits) - 1;
            if (signed && (value & (1L << (bits - 1))) != 0) {
                value |= -1L << bits;
            }
        }
        return value;
    }
}
