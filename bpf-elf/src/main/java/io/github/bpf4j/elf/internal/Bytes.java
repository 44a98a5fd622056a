package io.github.bpf4j.elf.internal;

import io.github.bpf4j.elf.ElfFormatException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Bounds-checked reads of little- or big-endian integers from a byte array. Every read names the part of the file it
 * serves so that a truncation is reported where it happens.
 */
public final class Bytes {

    private static final VarHandle S_LE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle I_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle L_LE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle S_BE = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle I_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle L_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final byte[] b;
    private final boolean le;

    public Bytes(byte[] b, ByteOrder order) {
        this.b = b;
        this.le = order == ByteOrder.LITTLE_ENDIAN;
    }

    public byte[] array() {
        return b;
    }

    public int length() {
        return b.length;
    }

    public ByteOrder order() {
        return le ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
    }

    /** Throws unless {@code [off, off + len)} lies in the array; overflow-safe for any longs. */
    public void check(String where, long off, long len) {
        if (off < 0 || len < 0 || off > b.length || len > b.length - off) {
            throw new ElfFormatException(where, off, "needs " + len + " bytes but the file has "
                    + Math.max(0, b.length - Math.max(0, off)) + " from here (file size " + b.length + ")");
        }
    }

    public int u8(String where, long off) {
        check(where, off, 1);
        return b[(int) off] & 0xff;
    }

    public int u16(String where, long off) {
        check(where, off, 2);
        return (le ? (short) S_LE.get(b, (int) off) : (short) S_BE.get(b, (int) off)) & 0xffff;
    }

    public int i32(String where, long off) {
        check(where, off, 4);
        return le ? (int) I_LE.get(b, (int) off) : (int) I_BE.get(b, (int) off);
    }

    public long u32(String where, long off) {
        return i32(where, off) & 0xffffffffL;
    }

    public long i64(String where, long off) {
        check(where, off, 8);
        return le ? (long) L_LE.get(b, (int) off) : (long) L_BE.get(b, (int) off);
    }

    /** A copy of {@code len} bytes. */
    public byte[] slice(String where, long off, long len) {
        check(where, off, len);
        byte[] out = new byte[(int) len];
        System.arraycopy(b, (int) off, out, 0, (int) len);
        return out;
    }

    /**
     * The NUL-terminated string at {@code index} of the string table at {@code [tableOff, tableOff + tableSize)}.
     */
    public String cstring(String table, long tableOff, long tableSize, long index) {
        if (index < 0 || index >= tableSize) {
            throw new ElfFormatException(table, tableOff, "string offset " + index
                    + " is outside the string table of " + tableSize + " bytes");
        }
        int start = (int) (tableOff + index);
        int end = (int) (tableOff + tableSize);
        for (int p = start; p < end; p++) {
            if (b[p] == 0) {
                return new String(b, start, p - start, StandardCharsets.UTF_8);
            }
        }
        throw new ElfFormatException(table, start, "string at offset " + index + " runs past the end of the table");
    }

    // --- writing, for the encoder ---
    // Each call names a constant VarHandle: selecting one at run time ("(le ? A : B).set(...)") leaves C2 with a
    // non-constant handle, which is slow and made OpenJDK 17.0.21's C2 crash (SIGSEGV in
    // Compile::final_graph_reshaping_walk) compiling the ELF writer under Jazzer's instrumentation.

    public static void put16(byte[] out, int off, int v, ByteOrder order) {
        if (order == ByteOrder.LITTLE_ENDIAN) {
            S_LE.set(out, off, (short) v);
        } else {
            S_BE.set(out, off, (short) v);
        }
    }

    public static void put32(byte[] out, int off, int v, ByteOrder order) {
        if (order == ByteOrder.LITTLE_ENDIAN) {
            I_LE.set(out, off, v);
        } else {
            I_BE.set(out, off, v);
        }
    }

    public static void put64(byte[] out, int off, long v, ByteOrder order) {
        if (order == ByteOrder.LITTLE_ENDIAN) {
            L_LE.set(out, off, v);
        } else {
            L_BE.set(out, off, v);
        }
    }

    public static int get32(byte[] in, int off, ByteOrder order) {
        return order == ByteOrder.LITTLE_ENDIAN ? (int) I_LE.get(in, off) : (int) I_BE.get(in, off);
    }
}
