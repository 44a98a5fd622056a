package io.github.bpf4j.sys.internal;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The per-element map commands (lookup, update, delete, lookup-and-delete) on the fast path: bpf() through
 * {@link FastSyscall} and one native scratch area per thread that holds the attribute, the key and the value, so
 * that a call allocates nothing native. The general {@link Attr} path allocates three {@code Memory} blocks per
 * call; measured on the map round trip benchmark (benchmarks/compare-sys.sh) that was most of the cost.
 */
public final class ElemCalls {

    /** {@code offsetofend(union bpf_attr, flags)} for the element commands, the size libbpf passes. */
    private static final int ATTR_SIZE = 32;
    private static final int KEY_AT = 64;
    private static final int EINTR = 4;

    private ElemCalls() {}

    private static final class Scratch {
        Memory mem;
        long addr;
        ByteBuffer buf;

        Scratch() {
            grow(4096);
        }

        void grow(long size) {
            if (mem != null) {
                mem.close();
            }
            mem = new Memory(size);
            addr = Pointer.nativeValue(mem);
            buf = mem.getByteBuffer(0, size).order(ByteOrder.nativeOrder());
        }
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static Scratch scratch(int keyLen, int valueLen) {
        Scratch s = SCRATCH.get();
        long need = KEY_AT + align8(keyLen) + (long) valueLen;
        if (need > s.mem.size()) {
            s.grow(Math.max(need, 2 * s.mem.size()));
        }
        return s;
    }

    private static int align8(int n) {
        return (n + 7) & ~7;
    }

    /**
     * Runs an element command: {@code map_fd}, {@code key} (null for none), a value buffer of {@code valueLen}
     * bytes (filled from {@code valueIn} when given, copied to {@code valueOut} after the call when given),
     * {@code flags}. Returns the result or {@code -errno}.
     */
    public static int call(int cmd, int fd, byte[] key, byte[] valueIn, byte[] valueOut, int valueLen, long flags) {
        int keyLen = key == null ? 0 : key.length;
        Scratch s = scratch(keyLen, valueLen);
        ByteBuffer b = s.buf;
        int valueAt = KEY_AT + align8(keyLen);
        b.putInt(0, fd).putInt(4, 0);
        b.putLong(8, key == null ? 0 : s.addr + KEY_AT);
        b.putLong(16, valueLen == 0 ? 0 : s.addr + valueAt);
        b.putLong(24, flags);
        if (key != null) {
            b.put(KEY_AT, key);
        }
        if (valueIn != null) {
            b.put(valueAt, valueIn);
        }
        long r;
        do {
            r = FastSyscall.call(Sys.NR_BPF, cmd, s.addr, ATTR_SIZE);
        } while (r == -EINTR); // again, as libbpf's callers do
        if (r < 0) {
            return (int) r;
        }
        if (valueOut != null) {
            b.get(valueAt, valueOut);
        }
        return (int) r;
    }
}
