package io.github.bpf4j.sys.internal;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.github.bpf4j.sys.BpfCommand;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A zeroed {@code union bpf_attr} written at explicit offsets (include/uapi/linux/bpf.h, Linux 6.18), together with
 * the native buffers it points to, which stay alive until {@link #close()}.
 *
 * <p>144 bytes hold every field this module sets (the last is {@code log_true_size} at 140). A kernel whose union is
 * larger zero-fills the rest; an older one checks that the bytes it does not know are zero.
 */
public final class Attr implements AutoCloseable {

    /** Bytes passed as {@code size}. */
    public static final int SIZE = 144;

    private final Memory mem = new Memory(SIZE);
    private final List<Memory> buffers = new ArrayList<>();

    public Attr() {
        mem.clear();
    }

    public Attr u32(int offset, int value) {
        mem.setInt(offset, value);
        return this;
    }

    public Attr u64(int offset, long value) {
        mem.setLong(offset, value);
        return this;
    }

    /** Writes a pointer to {@code p} (or 0) at {@code offset}. */
    public Attr ptr(int offset, Pointer p) {
        mem.setLong(offset, p == null ? 0 : Pointer.nativeValue(p));
        return this;
    }

    /** Copies {@code bytes} into a native buffer owned by this attr and points {@code offset} at it. */
    public Memory bytes(int offset, byte[] bytes) {
        Memory m = buffer(Math.max(1, bytes.length));
        m.write(0, bytes, 0, bytes.length);
        ptr(offset, m);
        return m;
    }

    /** A zeroed native buffer owned by this attr. */
    public Memory buffer(long size) {
        Memory m = new Memory(Math.max(1, size));
        m.clear();
        buffers.add(m);
        return m;
    }

    /** A NUL-terminated string owned by this attr, pointed at from {@code offset}. */
    public Memory string(int offset, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        byte[] z = new byte[b.length + 1];
        System.arraycopy(b, 0, z, 0, b.length);
        return bytes(offset, z);
    }

    /** Writes an object name inline (at most 15 bytes and a NUL, as {@code BPF_OBJ_NAME_LEN} is 16). */
    public Attr name(int offset, String name) {
        if (name != null) {
            byte[] b = name.getBytes(StandardCharsets.UTF_8);
            mem.write(offset, b, 0, Math.min(15, b.length));
        }
        return this;
    }

    /** The buffer this attr points to from {@code offset}. */
    public Memory pointed(int offset) {
        long addr = mem.getLong(offset);
        for (Memory m : buffers) {
            if (Pointer.nativeValue(m) == addr) {
                return m;
            }
        }
        throw new IllegalStateException("no buffer of this attr at offset " + offset);
    }

    /** A copy of the attribute bytes. */
    public byte[] toBytes() {
        return mem.getByteArray(0, SIZE);
    }

    public int u32(int offset) {
        return mem.getInt(offset);
    }

    public long u64(int offset) {
        return mem.getLong(offset);
    }

    /** Runs the command; throws {@link io.github.bpf4j.sys.BpfException} on failure. */
    public int call(BpfCommand cmd) {
        return Sys.bpf(cmd, mem);
    }

    /** Runs the command; returns the result or {@code -errno}. */
    public int callOrErrno(BpfCommand cmd) {
        return Sys.bpfOrErrno(cmd, mem);
    }

    @Override
    public void close() {
        mem.close();
        for (Memory m : buffers) {
            m.close();
        }
        buffers.clear();
    }
}
