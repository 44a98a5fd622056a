package io.github.bpf4j.sys.ring;

import com.sun.jna.Pointer;
import io.github.bpf4j.elf.MapType;
import io.github.bpf4j.sys.BpfMap;
import io.github.bpf4j.sys.internal.Fd;
import io.github.bpf4j.sys.internal.Sys;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Reads a {@code BPF_MAP_TYPE_RINGBUF}. The kernel lays the map out as a consumer page (read-write), then a
 * producer page and the data area mapped twice in a row (read-only), so that a record never wraps. Each record has
 * an 8-byte header: a 32-bit length whose bit 31 marks it busy (being written) and bit 30 discarded, and the page
 * offset; records are 8-byte aligned. Follows libbpf ringbuf.c {@code ringbuf_process_ring} and
 * kernel/bpf/ringbuf.c (Linux 6.18).
 */
public final class RingReader implements AutoCloseable {

    /** {@code BPF_RINGBUF_BUSY_BIT}. */
    public static final int BUSY_BIT = 1 << 31;
    /** {@code BPF_RINGBUF_DISCARD_BIT}. */
    public static final int DISCARD_BIT = 1 << 30;
    /** {@code BPF_RINGBUF_HDR_SZ}. */
    public static final int HEADER_SIZE = 8;

    /** Acquire/release access to the positions and record headers, in native order (8-byte aligned places). */
    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final VarHandle INT = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());

    private final Fd epoll;
    private final Pointer consumer;
    private final Pointer producer;
    /** The consumer page, the producer page and the twice-mapped data, as buffers made once: a record costs a
     * slice, not a JNA call and a new direct buffer. */
    private final ByteBuffer consumerPos;
    private final ByteBuffer producerPos;
    private final ByteBuffer data;
    private final long size;
    private final com.sun.jna.Memory events = new com.sun.jna.Memory(Sys.EPOLL_EVENT_SIZE);
    private boolean closed;

    private RingReader(Fd epoll, Pointer consumer, Pointer producer, long size) {
        this.epoll = epoll;
        this.consumer = consumer;
        this.producer = producer;
        this.consumerPos = consumer.getByteBuffer(0, Sys.PAGE_SIZE).order(ByteOrder.nativeOrder());
        this.producerPos = producer.getByteBuffer(0, Sys.PAGE_SIZE).asReadOnlyBuffer().order(ByteOrder.nativeOrder());
        this.data = producer.getByteBuffer(Sys.PAGE_SIZE, 2 * size).asReadOnlyBuffer().order(ByteOrder.nativeOrder());
        this.size = size;
    }

    /** Maps the ring buffer of {@code map} (which stays owned by the caller). */
    public static RingReader open(BpfMap map) {
        if (map.type() != MapType.RINGBUF) {
            throw new IllegalArgumentException("map '" + map.name() + "' is " + map.type() + ", not RINGBUF");
        }
        long size = map.maxEntries() & 0xffffffffL;
        if (2 * size + Sys.PAGE_SIZE > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("ring buffer '" + map.name() + "' of " + size + " bytes: this reader "
                    + "maps rings of up to 1 GiB (the data is mapped twice)");
        }
        Fd epoll = new Fd("epoll", Sys.epollCreate());
        Pointer cons;
        try {
            cons = Sys.mmap("ring buffer consumer page", Sys.PAGE_SIZE, Sys.PROT_READ | Sys.PROT_WRITE, map.fd(), 0);
        } catch (RuntimeException e) {
            epoll.close();
            throw e;
        }
        Pointer prod;
        try {
            prod = Sys.mmap("ring buffer producer page and data", Sys.PAGE_SIZE + 2 * size, Sys.PROT_READ, map.fd(),
                    Sys.PAGE_SIZE);
        } catch (RuntimeException e) {
            Sys.munmap(cons, Sys.PAGE_SIZE);
            epoll.close();
            throw e;
        }
        RingReader r = new RingReader(epoll, cons, prod, size);
        try {
            Sys.epollAdd(epoll.get(), map.fd(), 0);
        } catch (RuntimeException e) {
            r.close();
            throw e;
        }
        return r;
    }

    /**
     * Hands every committed record to {@code consumer} as a read-only view of the mapped data (valid only during the
     * call); when none is available waits up to {@code timeout}. Returns the number of records handed out.
     */
    public int poll(Duration timeout, Consumer<ByteBuffer> sink) {
        int n = drain(sink);
        if (n > 0) {
            return n;
        }
        long ms = Math.min(Integer.MAX_VALUE, Math.max(0, timeout.toMillis()));
        if (Sys.epollWait(epoll.get(), events, 1, (int) ms) > 0) {
            n = drain(sink);
        }
        return n;
    }

    private int drain(Consumer<ByteBuffer> sink) {
        if (closed) {
            throw new IllegalStateException("ring reader is closed");
        }
        int n = 0;
        long cons = (long) LONG.get(consumerPos, 0);
        long mask = size - 1;
        boolean progress;
        do {
            progress = false;
            long prod = (long) LONG.getAcquire(producerPos, 0); // smp_load_acquire(producer_pos)
            while (cons < prod) {
                int off = (int) (cons & mask);
                int len = (int) INT.getAcquire(data, off); // the record is complete once busy is clear
                if ((len & BUSY_BIT) != 0) {
                    return n;
                }
                int bytes = len & ~(BUSY_BIT | DISCARD_BIT);
                if (bytes > size) {
                    throw new IllegalStateException("ring buffer record of " + bytes + " bytes at position " + cons
                            + " exceeds the " + size + "-byte ring");
                }
                cons += (bytes + HEADER_SIZE + 7) & ~7L;
                if ((len & DISCARD_BIT) == 0) {
                    ByteBuffer view = data.slice(off + HEADER_SIZE, bytes).order(ByteOrder.nativeOrder());
                    try {
                        sink.accept(view);
                    } finally {
                        LONG.setRelease(consumerPos, 0, cons); // smp_store_release(consumer_pos)
                    }
                    n++;
                } else {
                    LONG.setRelease(consumerPos, 0, cons);
                }
                progress = true;
            }
        } while (progress);
        return n;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Sys.munmap(consumer, Sys.PAGE_SIZE);
        Sys.munmap(producer, Sys.PAGE_SIZE + 2 * size);
        epoll.close();
        events.close();
    }
}
