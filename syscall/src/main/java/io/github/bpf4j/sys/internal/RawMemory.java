package io.github.bpf4j.sys.internal;

import java.lang.reflect.Field;
import sun.misc.Unsafe;

/**
 * Loads and stores by address on memory the readers map from the kernel (ring and perf buffers), for their hot
 * loops. Java 17 has no foreign memory API outside an incubator; through a ByteBuffer each access reloads the
 * buffer's address and limit and checks bounds and alignment, and those loads sit on the reader's critical path
 * (the next record's address depends on this record's header). Ring reader, benchmarks ReaderThroughput side by
 * side (2026-11-22, load 5-7 on 2 cores): 64-80 M records per CPU-second through VarHandles on ByteBuffers, 77-83 M
 * through these, libbpf 81-85 M. The perf reader reads its headers through these too (PerfReader#batch says what
 * that and its read-ahead measured).
 * Callers bound every address by the mapping they own: an offset taken modulo the ring size, a length checked
 * against it. Acquire is a volatile load and release an ordered store (on x86 both plain moves, as libbpf's
 * smp_load_acquire / smp_store_release).
 */
public final class RawMemory {

    private static final Unsafe U = unsafe();

    private RawMemory() {}

    private static Unsafe unsafe() {
        try {
            Field f = Unsafe.class.getDeclaredField("theUnsafe");
            f.setAccessible(true);
            return (Unsafe) f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    public static long getLong(long address) {
        return U.getLong(address);
    }

    public static int getInt(long address) {
        return U.getInt(address);
    }

    /** {@code smp_load_acquire} of a 64-bit value. */
    public static long getLongAcquire(long address) {
        return U.getLongVolatile(null, address);
    }

    /** {@code smp_load_acquire} of a 32-bit value. */
    public static int getIntAcquire(long address) {
        return U.getIntVolatile(null, address);
    }

    /** {@code smp_store_release} of a 64-bit value. */
    public static void putLongRelease(long address, long value) {
        U.putOrderedLong(null, address, value);
    }
}
