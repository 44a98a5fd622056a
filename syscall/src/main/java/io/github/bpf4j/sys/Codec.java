package io.github.bpf4j.sys;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Objects;

/**
 * Converts map keys and values between Java values and the bytes the kernel holds, in native byte order.
 *
 * @param <T> the Java type
 */
public interface Codec<T> {

    /** Bytes per encoded value. */
    int size();

    /** Writes {@code value} at the buffer's position (native order), advancing it by {@link #size()}. */
    void write(T value, ByteBuffer out);

    /** Reads a value at the buffer's position, advancing it by {@link #size()}. */
    T read(ByteBuffer in);

    /** The value as a new array of {@link #size()} bytes. */
    default byte[] encode(T value) {
        ByteBuffer b = ByteBuffer.allocate(size()).order(ByteOrder.nativeOrder());
        write(value, b);
        return b.array();
    }

    /** The value of exactly {@link #size()} bytes. */
    default T decode(byte[] bytes) {
        if (bytes.length != size()) {
            throw new IllegalArgumentException("codec of " + size() + " bytes given " + bytes.length);
        }
        return read(ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder()));
    }

    /** A 32-bit integer ({@code __u32} / {@code int}). */
    static Codec<Integer> int32() {
        return of(4, (v, b) -> b.putInt(v), ByteBuffer::getInt);
    }

    /** A 64-bit integer ({@code __u64} / {@code long}). */
    static Codec<Long> int64() {
        return of(8, (v, b) -> b.putLong(v), ByteBuffer::getLong);
    }

    /** Raw bytes of a fixed size. */
    static Codec<byte[]> bytes(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("negative size " + size);
        }
        return of(size, (v, b) -> {
            if (v.length != size) {
                throw new IllegalArgumentException("expected " + size + " bytes, got " + v.length);
            }
            b.put(v);
        }, b -> {
            byte[] v = new byte[size];
            b.get(v);
            return v;
        });
    }

    /** A codec from a size and two functions. */
    static <T> Codec<T> of(int size, Writer<T> writer, Reader<T> reader) {
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(reader, "reader");
        return new Codec<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public void write(T value, ByteBuffer out) {
                writer.write(value, out);
            }

            @Override
            public T read(ByteBuffer in) {
                return reader.read(in);
            }
        };
    }

    /**
     * A C struct as a record whose components are {@code byte}, {@code short}, {@code int}, {@code long},
     * {@code float}, {@code double} or {@code boolean} (one byte), laid out in declaration order with natural
     * alignment and the struct padded to its largest alignment, as the C compiler lays out such a struct.
     */
    static <R extends Record> Codec<R> struct(Class<R> type) {
        RecordComponent[] comps = type.getRecordComponents();
        if (comps == null) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        int[] offsets = new int[comps.length];
        int off = 0;
        int maxAlign = 1;
        Class<?>[] types = new Class<?>[comps.length];
        for (int i = 0; i < comps.length; i++) {
            Class<?> t = comps[i].getType();
            types[i] = t;
            int sz = t == byte.class || t == boolean.class ? 1 : t == short.class ? 2
                    : t == int.class || t == float.class ? 4 : t == long.class || t == double.class ? 8 : -1;
            if (sz < 0) {
                throw new IllegalArgumentException("record component " + comps[i].getName() + " of " + type
                        + " has type " + t + "; struct codecs take primitive components only");
            }
            off = (off + sz - 1) / sz * sz;
            offsets[i] = off;
            off += sz;
            maxAlign = Math.max(maxAlign, sz);
        }
        int size = (off + maxAlign - 1) / maxAlign * maxAlign;
        Constructor<R> ctor;
        try {
            ctor = type.getDeclaredConstructor(types);
            ctor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(type + " has no canonical constructor", e);
        }
        return of(size, (v, b) -> {
            int base = b.position();
            for (int i = 0; i < comps.length; i++) {
                Object x;
                try {
                    comps[i].getAccessor().setAccessible(true);
                    x = comps[i].getAccessor().invoke(v);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("cannot read " + comps[i].getName(), e);
                }
                int p = base + offsets[i];
                Class<?> t = types[i];
                if (t == byte.class) {
                    b.put(p, (Byte) x);
                } else if (t == boolean.class) {
                    b.put(p, (byte) ((Boolean) x ? 1 : 0));
                } else if (t == short.class) {
                    b.putShort(p, (Short) x);
                } else if (t == int.class) {
                    b.putInt(p, (Integer) x);
                } else if (t == float.class) {
                    b.putFloat(p, (Float) x);
                } else if (t == long.class) {
                    b.putLong(p, (Long) x);
                } else {
                    b.putDouble(p, (Double) x);
                }
            }
            b.position(base + size);
        }, b -> {
            int base = b.position();
            Object[] args = new Object[comps.length];
            for (int i = 0; i < comps.length; i++) {
                int p = base + offsets[i];
                Class<?> t = types[i];
                args[i] = t == byte.class ? (Object) b.get(p) : t == boolean.class ? (Object) (b.get(p) != 0)
                        : t == short.class ? (Object) b.getShort(p) : t == int.class ? (Object) b.getInt(p)
                        : t == float.class ? (Object) b.getFloat(p) : t == long.class ? (Object) b.getLong(p)
                        : (Object) b.getDouble(p);
            }
            b.position(base + size);
            try {
                return ctor.newInstance(args);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot construct " + type + " from " + Arrays.toString(args), e);
            }
        });
    }

    /** Writes one value. */
    @FunctionalInterface
    interface Writer<T> {
        void write(T value, ByteBuffer out);
    }

    /** Reads one value. */
    @FunctionalInterface
    interface Reader<T> {
        T read(ByteBuffer in);
    }
}
