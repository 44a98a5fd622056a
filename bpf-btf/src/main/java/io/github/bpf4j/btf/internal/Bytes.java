package io.github.bpf4j.btf.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Bounds-checked reads of unsigned fields from a byte array in one byte order. */
public final class Bytes {
    private static final VarHandle LE32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle BE32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LE16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle BE16 = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);

    private final byte[] data;
    private final boolean little;

    public Bytes(byte[] data, ByteOrder order) {
        this.data = data;
        this.little = order == ByteOrder.LITTLE_ENDIAN;
    }

    public byte[] data() {
        return data;
    }

    public ByteOrder order() {
        return little ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    }

    public int length() {
        return data.length;
    }

    /** The 32-bit field at {@code off}; the caller has checked {@code off + 4 <= length()}. */
    public int i32(int off) {
        return little ? (int) LE32.get(data, off) : (int) BE32.get(data, off);
    }

    public long u32(int off) {
        return Integer.toUnsignedLong(i32(off));
    }

    public int u16(int off) {
        return Short.toUnsignedInt(little ? (short) LE16.get(data, off) : (short) BE16.get(data, off));
    }

    public int u8(int off) {
        return data[off] & 0xff;
    }
}
