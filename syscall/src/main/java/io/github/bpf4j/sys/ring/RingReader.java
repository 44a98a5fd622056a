package io.github.bpf4j.sys.ring;

import com.sun.jna.Pointer;
import io.github.bpf4j.elf.MapType;
import io.github.bpf4j.sys.BpfMap;
import io.github.bpf4j.sys.internal.Fd;
import io.github.bpf4j.sys.internal.RawMemory;
import io.github.bpf4j.sys.internal.Sys;
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

    private static final ByteOrder ORDER = ByteOrder.nativeOrder();

    private final Fd epoll;
    private final Pointer consumer;
    private final Pointer producer;
    /** What handlers see: the twice-mapped data as a read-only buffer made once (a record costs no object). The
     * reader's own loads go by address ({@link RawMemory}), so a handler moving its position cannot disturb them. */
    private final ByteBuffer handed;
    private final long size;
    /** Addresses of the consumer position, the producer position and the data area. */
    private final long consumerAddress;
    private final long producerAddress;
    private final long dataAddress;
    private final com.sun.jna.Memory events = new com.sun.jna.Memory(Sys.EPOLL_EVENT_SIZE);
    private boolean closed;

    private RingReader(Fd epoll, Pointer consumer, Pointer producer, long size) {
        this.epoll = epoll;
        this.consumer = consumer;
        this.producer = producer;
        this.handed = producer.getByteBuffer(Sys.PAGE_SIZE, 2 * size).asReadOnlyBuffer().order(ORDER);
        this.size = size;
        this.consumerAddress = Pointer.nativeValue(consumer);
        this.producerAddress = Pointer.nativeValue(producer);
        this.dataAddress = producerAddress + Sys.PAGE_SIZE;
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
     * Hands every committed record to {@code sink} as a read-only view of the mapped data (native byte order, index 0
     * at the record's first byte, valid only during the call); when none is available waits up to {@code timeout}.
     * Returns the number of records handed out. A view is an object per record: {@link #poll(Duration,
     * RecordHandler)} reads without one.
     */
    public int poll(Duration timeout, Consumer<ByteBuffer> sink) {
        return poll(timeout, (RecordHandler) (d, off, len) -> sink.accept(d.slice(off, len).order(ORDER)));
    }

    /**
     * Hands every committed record to {@code handler} as an offset and a length in the ring's data area, allocating
     * nothing; when none is available waits up to {@code timeout} (one {@code epoll_wait}, as libbpf's
     * {@code ring_buffer__poll}). Returns the number of records handed out.
     */
    public int poll(Duration timeout, RecordHandler handler) {
        int n = drain(handler);
        if (n > 0) {
            return n;
        }
        long ms = Math.min(Integer.MAX_VALUE, Math.max(0, timeout.toMillis()));
        if (Sys.epollWait(epoll.get(), events, 1, (int) ms) > 0) {
            n = drain(handler);
        }
        return n;
    }

    /**
     * Hands every committed record to {@code handler} without waiting (libbpf {@code ring_buffer__consume}).
     * Returns the number of records handed out.
     */
    public int consume(RecordHandler handler) {
        return drain(handler);
    }

    /**
     * Follows libbpf {@code ringbuf_process_ring}: the producer position is read with acquire, each header with
     * acquire (the kernel commits a record by clearing its busy bit with a release), and the consumer position is
     * written with release after each record so that the kernel may reuse the space at once; after a pass that
     * found records the producer position is read again. On x86 these compile to plain moves.
     *
     * <p>The records go in batches of at most {@link #BATCH}, each a call of {@link #batch}: a call that drains a
     * full ring runs its loop once, and HotSpot compiles a method that is called a few times with a long loop only
     * for on-stack replacement, so every such call would start in the interpreter (about a microsecond a record
     * for the first thousand records). Batches make {@code batch} a method called often, compiled whole.
     */
    private int drain(RecordHandler handler) {
        if (closed) {
            throw new IllegalStateException("ring reader is closed");
        }
        int n = 0;
        do {
            n += batch(handler);
        } while (stepped > 0 && !busy);
        return n;
    }

    /** Records handled per batch: the reader reads the producer position again after at most this many. */
    public static final int BATCH = 1024;
    /**
     * How far ahead of the record being read the reader touches the ring. The walk is a chain of dependent loads
     * (a header gives the next header's position), so without help each new cache line, and each new page's TLB
     * entry, is waited for in turn; a load {@code READ_AHEAD} bytes further on does not depend on the chain and
     * brings the line in while earlier records are handled. Variants of this loop side by side in one JVM on the
     * ReaderThroughput protocol (64-byte records; 2026-11-22, load 4-7 on 2 cores): best rounds 98-107 M records per
     * CPU-second with the read-ahead against 89-95 M without; 256 to 8,192 bytes ahead measured alike, two loads a
     * record (the second a line further) worse.
     */
    private static final long READ_AHEAD = 1024;
    /** Records the last batch passed (handed out or discarded). */
    private int stepped;
    /** Whether the last batch stopped at a record still being written. */
    private boolean busy;
    /** What the read-ahead loads summed to: stored so that the JIT cannot drop them as dead code. */
    @SuppressWarnings("unused")
    private long readAhead;

    /**
     * One batch. The consumer position is published after every record, as libbpf does, rather than once per batch:
     * publishing once per batch is correct (the kernel never waits for the consumer; {@code __bpf_ringbuf_reserve},
     * kernel/bpf/ringbuf.c 6.18, fails a reservation the ring cannot hold and the program counts a drop) but keeps
     * a batch's space reserved while the handlers run, which makes a small ring with a live producer drop records
     * that it would otherwise take, and it measured no faster (variants side by side as for READ_AHEAD, 2026-11-22,
     * load 5-6: best rounds 82-88 M records per CPU-second either way). The store is a plain move on x86.
     */
    private int batch(RecordHandler handler) {
        ByteBuffer handed = this.handed;
        long size = this.size;
        long mask = size - 1;
        long dataAt = dataAddress;
        long consAt = consumerAddress;
        long cons = RawMemory.getLong(consAt); // only this reader writes it
        long prod = RawMemory.getLongAcquire(producerAddress); // smp_load_acquire(producer_pos)
        long last = prod - HEADER_SIZE; // the read-ahead stays within what the producer has reserved
        long ahead = 0;
        int n = 0;
        int i = 0;
        boolean stopped = false;
        try {
            for (; i < BATCH && cons < prod; i++) {
                int off = (int) (cons & mask);
                int len = RawMemory.getIntAcquire(dataAt + off); // the record is complete once busy is clear
                if ((len & BUSY_BIT) != 0) {
                    stopped = true;
                    break;
                }
                ahead += RawMemory.getInt(dataAt + (Math.min(cons + READ_AHEAD, last) & mask));
                int bytes = len & ~(BUSY_BIT | DISCARD_BIT);
                if (bytes > size) {
                    throw new IllegalStateException("ring buffer record of " + bytes + " bytes at position " + cons
                            + " exceeds the " + size + "-byte ring");
                }
                cons += (bytes + HEADER_SIZE + 7) & ~7L;
                if ((len & DISCARD_BIT) == 0) {
                    n++;
                    handler.onRecord(handed, off + HEADER_SIZE, bytes);
                }
                RawMemory.putLongRelease(consAt, cons); // smp_store_release(consumer_pos)
            }
        } finally {
            // also when a handler threw: the record it was given counts as consumed
            RawMemory.putLongRelease(consAt, cons);
            stepped = i;
            busy = stopped;
            readAhead += ahead;
        }
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
