package io.github.bpf4j.sys.perf;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.github.bpf4j.elf.MapType;
import io.github.bpf4j.sys.BpfException;
import io.github.bpf4j.sys.BpfMap;
import io.github.bpf4j.sys.Errno;
import io.github.bpf4j.sys.internal.Cpus;
import io.github.bpf4j.sys.internal.Fd;
import io.github.bpf4j.sys.internal.RawMemory;
import io.github.bpf4j.sys.internal.Sys;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a {@code BPF_MAP_TYPE_PERF_EVENT_ARRAY}: one {@code PERF_COUNT_SW_BPF_OUTPUT} event per CPU with
 * {@code PERF_SAMPLE_RAW}, each with a ring of {@code 2^n} data pages after a metadata page, all watched by one
 * epoll set. Follows libbpf perf_buffer and the kernel's perf ring protocol ({@code data_head} read with acquire,
 * {@code data_tail} written with release; include/uapi/linux/perf_event.h).
 */
public final class PerfReader implements AutoCloseable {

    private static final int DATA_HEAD = 1024;
    private static final int DATA_TAIL = 1032;
    private static final int RECORD_LOST = 2;
    private static final int RECORD_SAMPLE = 9;
    private static final ByteOrder ORDER = ByteOrder.nativeOrder();
    private static final boolean LITTLE = ORDER == ByteOrder.LITTLE_ENDIAN;

    /**
     * Options.
     *
     * @param dataPages    data pages per CPU, a power of two
     * @param wakeupEvents samples per wake-up of the reader
     */
    public record Options(int dataPages, int wakeupEvents) {
        public Options {
            if (dataPages <= 0 || Integer.bitCount(dataPages) != 1) {
                throw new IllegalArgumentException("data pages per CPU must be a power of two, got " + dataPages);
            }
            if (wakeupEvents <= 0) {
                throw new IllegalArgumentException("wakeup_events must be positive, got " + wakeupEvents);
            }
        }

        /**
         * 8 data pages per CPU (32 KiB with 4 KiB pages), a wake-up per sample: bcc's {@code open_perf_buffer}
         * default page count, the count libbpf's examples pass to {@code perf_buffer__new}, and libbpf's
         * {@code wakeup_events = 1}. A reader that polls on its own CPU drains a 100,000-sample BPF_PROG_TEST_RUN
         * burst through it without loss (ReaderKernelTest); a reader that stalls longer than the ring lasts (1,365
         * samples of 8 bytes) loses samples, and {@link #lostCount()} says how many.
         */
        public static Options defaults() {
            return new Options(8, 1);
        }
    }

    private final BpfMap map;
    private final Fd epoll;
    private final List<Ring> rings = new ArrayList<>();
    private final Memory events;
    private long lost;
    private boolean closed;
    /**
     * Where a record that wraps around the end of a ring is put together (grown on demand, then reused). Direct, so
     * that handlers see one buffer class (a read-only direct buffer, as the ring's own): a handler whose buffer
     * reads had also met a heap buffer was compiled with a call for that case inside the reader's loop, and a call
     * there makes HotSpot keep the loop's variables on the stack.
     */
    private ByteBuffer scratch = ByteBuffer.allocateDirect(256).order(ORDER);
    private ByteBuffer scratchView = scratch.asReadOnlyBuffer().order(ORDER);

    private static final class Ring {
        final int cpu;
        final Fd fd;
        final Pointer base;
        final long mmapSize;
        final int dataSize;
        /** Addresses of the metadata page and of the data (the reader's loads and stores, {@link RawMemory}). */
        final long metaAddress;
        final long dataAddress;
        /** The data as a buffer made once, for the copies of records that wrap around the end. */
        final ByteBuffer data;
        /** What handlers see: a duplicate, so that a handler changing its limit cannot disturb the reader. */
        final ByteBuffer handed;

        Ring(int cpu, Fd fd, Pointer base, long mmapSize, int dataSize) {
            this.cpu = cpu;
            this.fd = fd;
            this.base = base;
            this.mmapSize = mmapSize;
            this.dataSize = dataSize;
            this.metaAddress = Pointer.nativeValue(base);
            this.dataAddress = metaAddress + Sys.PAGE_SIZE;
            this.data = base.getByteBuffer(Sys.PAGE_SIZE, dataSize).asReadOnlyBuffer().order(ORDER);
            this.handed = data.duplicate().order(ORDER);
        }
    }

    private PerfReader(BpfMap map, Fd epoll, int cpus) {
        this.map = map;
        this.epoll = epoll;
        this.events = new Memory((long) Math.max(1, cpus) * Sys.EPOLL_EVENT_SIZE);
    }

    /** Opens with {@link Options#defaults()}. */
    public static PerfReader open(BpfMap map) {
        return open(map, Options.defaults());
    }

    /** Opens a perf event and ring for every possible CPU and stores their fds in the map. */
    public static PerfReader open(BpfMap map, Options options) {
        if (map.type() != MapType.PERF_EVENT_ARRAY) {
            throw new IllegalArgumentException("map '" + map.name() + "' is " + map.type()
                    + ", not PERF_EVENT_ARRAY");
        }
        List<Integer> cpus = Cpus.possible();
        int need = cpus.get(cpus.size() - 1) + 1;
        if (map.maxEntries() < need) {
            throw new IllegalArgumentException("perf event array '" + map.name() + "' has " + map.maxEntries()
                    + " slots for " + need + " possible CPUs");
        }
        PerfReader r = new PerfReader(map, new Fd("epoll", Sys.epollCreate()), cpus.size());
        try {
            byte[] attr = PerfEventAttr.bpfOutput(options.wakeupEvents()).encode();
            long dataSize = (long) options.dataPages() * Sys.PAGE_SIZE;
            if (dataSize + Sys.PAGE_SIZE > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(options.dataPages() + " data pages per CPU: this reader maps up "
                        + "to 2 GiB per CPU");
            }
            long mmapSize = dataSize + Sys.PAGE_SIZE;
            try (Memory a = new Memory(attr.length)) {
                a.write(0, attr, 0, attr.length);
                for (int cpu : cpus) {
                    int pfd = Sys.perfEventOpen(a, -1, cpu);
                    if (pfd == -Errno.ENODEV.number()) {
                        continue; // offline CPU: no ring, as libbpf skips it
                    }
                    if (pfd < 0) {
                        throw new BpfException("perf_event_open", Errno.of(-pfd), "bpf output event on CPU " + cpu,
                                "needs CAP_PERFMON or root");
                    }
                    Fd fd = new Fd("perf event cpu " + cpu, pfd);
                    Pointer base;
                    try {
                        base = Sys.mmap("perf ring cpu " + cpu, mmapSize, Sys.PROT_READ | Sys.PROT_WRITE, pfd, 0);
                    } catch (RuntimeException e) {
                        fd.close();
                        throw e;
                    }
                    Ring ring = new Ring(cpu, fd, base, mmapSize, (int) dataSize);
                    r.rings.add(ring);
                    Sys.epollAdd(r.epoll.get(), pfd, r.rings.size() - 1);
                    int rc = Sys.ioctl(pfd, Sys.PERF_EVENT_IOC_ENABLE, 0);
                    if (rc < 0) {
                        throw new BpfException("ioctl PERF_EVENT_IOC_ENABLE", Errno.of(-rc), "CPU " + cpu, null);
                    }
                    map.update(int32(cpu), int32(pfd));
                }
            }
            return r;
        } catch (RuntimeException e) {
            r.close();
            throw e;
        }
    }

    private static byte[] int32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(v).array();
    }

    /**
     * Hands every record available to {@code consumer}; when none is, waits up to {@code timeout} for some.
     * Returns the number of records handed out (samples and lost records). A {@link PerfRecord} and a view are two
     * objects per sample: {@link #poll(Duration, SampleHandler)} reads without them.
     */
    public int poll(Duration timeout, Consumer<PerfRecord> consumer) {
        return poll(timeout, new SampleHandler() {
            @Override
            public void onSample(int cpu, ByteBuffer data, int offset, int length) {
                consumer.accept(new PerfRecord.Sample(cpu, data.slice(offset, length).order(ORDER)));
            }

            @Override
            public void onLost(int cpu, long count) {
                consumer.accept(new PerfRecord.Lost(cpu, count));
            }
        });
    }

    /**
     * Hands every record available to {@code handler}, allocating nothing; when none is, waits up to
     * {@code timeout} (one {@code epoll_wait}, as libbpf's {@code perf_buffer__poll}). Returns the number of records
     * handed out (samples and lost records).
     */
    public int poll(Duration timeout, SampleHandler handler) {
        int n = drain(handler);
        if (n > 0) {
            return n;
        }
        long ms = Math.min(Integer.MAX_VALUE, Math.max(0, timeout.toMillis()));
        if (Sys.epollWait(epoll.get(), events, rings.size(), (int) ms) > 0) {
            n = drain(handler);
        }
        return n;
    }

    /** Hands every record available to {@code handler} without waiting (libbpf {@code perf_buffer__consume}). */
    public int consume(SampleHandler handler) {
        return drain(handler);
    }

    /** The samples lost in total, by the {@code PERF_RECORD_LOST} records read so far. */
    public long lostCount() {
        return lost;
    }

    private int drain(SampleHandler handler) {
        if (closed) {
            throw new IllegalStateException("perf reader is closed");
        }
        int n = 0;
        for (int i = 0; i < rings.size(); i++) {
            n += drain(rings.get(i), handler);
        }
        return n;
    }

    /**
     * Follows libbpf {@code perf_event_read_simple}: {@code data_head} read with acquire (pairs with the kernel's
     * release in perf_output_put_handle), the records between tail and head handed out, then {@code data_tail}
     * written with release, so that the kernel overwrites nothing still being read. The records go in batches of at
     * most {@link #BATCH}, each a call of {@link #batch} that reads the head and writes the tail once: as in
     * RingReader, a method called a few times with a long loop would start every call in the interpreter.
     */
    private int drain(Ring ring, SampleHandler handler) {
        int n = 0;
        do {
            n += batch(ring, handler);
        } while (full);
        return n;
    }

    /**
     * Records handled per batch: the reader hands a batch's space back to the kernel (writes {@code data_tail})
     * when the batch ends, so up to this many records may stay unreleased while their handlers run.
     */
    public static final int BATCH = 1024;
    /**
     * How far ahead of the record being read the reader touches the ring: the walk is a chain of dependent loads
     * (a header's size gives the next header), and a load this far on, outside the chain, brings lines and pages
     * in early. As in RingReader (its READ_AHEAD says more); variants of this loop side by side in one JVM on the
     * ReaderThroughput protocol (2026-11-22, load 5-7): best rounds 87-95 M samples per CPU-second with it, 83-89 M
     * without.
     */
    private static final long READ_AHEAD = 1024;
    /** Whether the last batch stopped at its limit, with records left. */
    private boolean full;
    /** What the read-ahead loads summed to: stored so that the JIT cannot drop them as dead code. */
    @SuppressWarnings("unused")
    private long readAhead;

    /**
     * One batch, read by address ({@link RawMemory}) rather than through the ring's ByteBuffers, whose every load
     * also loads the buffer's address and limit and checks the index. With the read-ahead and the loop kept free
     * of calls ({@link #other}), benchmarks/compare-sys.sh perfbuf went from 0.78 of libbpf to 1.04-1.14 (five
     * runs of five pairs, 2026-11-22, load 2-7). Every address is {@code dataAt} plus an offset below the data size: an offset is
     * taken modulo the size, and a record that would run past the end goes to {@link #other}.
     */
    private int batch(Ring ring, SampleHandler handler) {
        long metaAt = ring.metaAddress;
        long head = RawMemory.getLongAcquire(metaAt + DATA_HEAD); // smp_load_acquire(data_head)
        long tail = RawMemory.getLong(metaAt + DATA_TAIL); // only this reader writes it
        full = false;
        if (tail == head) {
            return 0;
        }
        int mask = ring.dataSize - 1;
        long dataAt = ring.dataAddress;
        ByteBuffer handed = ring.handed;
        int cpu = ring.cpu;
        long last = head - 8; // the read-ahead stays within what the kernel has written
        long ahead = 0;
        int n = 0;
        int other = -1; // the offset of a record the loop leaves to {@link #other}
        try {
            while (n < BATCH && tail < head) {
                int off = (int) tail & mask;
                // perf_event_header: u32 type, u16 misc, u16 size; 8-byte aligned, so it never wraps: one load
                long header = RawMemory.getLong(dataAt + off);
                ahead += RawMemory.getInt(dataAt + ((int) Math.min(tail + READ_AHEAD, last) & mask));
                int size = size(header);
                if (type(header) != RECORD_SAMPLE || size < 12 || off + size - 1 > mask) {
                    other = off;
                    break;
                }
                int raw = RawMemory.getInt(dataAt + off + 8);
                n++;
                handler.onSample(cpu, handed, off + 12, Math.max(0, Math.min(raw, size - 12)));
                tail += size;
            }
            if (other >= 0) {
                int handled = other(ring, handler, other);
                if (handled < 0) {
                    tail = head; // a corrupt header: skip what is there rather than loop
                } else {
                    n += handled;
                    tail += size(RawMemory.getLong(dataAt + other));
                }
            }
        } finally {
            RawMemory.putLongRelease(metaAt + DATA_TAIL, tail); // smp_store_release(data_tail)
            readAhead += ahead;
        }
        full = (n >= BATCH || other >= 0) && tail < head;
        return n;
    }

    /**
     * The records the loop of {@link #batch} leaves: a lost record, a sample that runs past the ring's end (handed
     * out from a copy), a record of another type (skipped), a corrupt header. Out of the loop because HotSpot's
     * compiled code saves no register across a call: with this call, or the lost-record handler's, inside the
     * loop, C2 kept the loop's variables on the stack (seen in the generated code), a store and a reload on the
     * chain from one header to the next. Returns the records handed out (0 or 1), or -1 for a corrupt header.
     */
    private int other(Ring ring, SampleHandler handler, int off) {
        long header = RawMemory.getLong(ring.dataAddress + off);
        int type = type(header);
        int size = size(header);
        if (size < 8 || size > ring.dataSize) {
            return -1;
        }
        boolean straddles = off + size > ring.dataSize;
        if (type == RECORD_SAMPLE && size >= 12) {
            int raw = ring.data.getInt((off + 8) & (ring.dataSize - 1));
            int length = Math.max(0, Math.min(raw, size - 12));
            if (straddles) {
                handler.onSample(ring.cpu, unwrap(ring, off + 12, size - 12), 0, length);
            } else {
                handler.onSample(ring.cpu, ring.handed, off + 12, length);
            }
            return 1;
        }
        if (type == RECORD_LOST && size >= 24) {
            long count = straddles ? unwrap(ring, off + 16, 8).getLong(0) : ring.data.getLong(off + 16);
            lost += count;
            handler.onLost(ring.cpu, count);
            return 1;
        }
        return 0;
    }

    private static int type(long header) {
        return LITTLE ? (int) header : (int) (header >>> 32);
    }

    private static int size(long header) {
        return (int) (LITTLE ? header >>> 48 : header) & 0xffff;
    }

    /** Copies {@code length} bytes from {@code from} (taken modulo the ring size) into the reused scratch buffer. */
    private ByteBuffer unwrap(Ring ring, int from, int length) {
        if (scratch.capacity() < length) {
            scratch = ByteBuffer.allocateDirect(Integer.highestOneBit(length) << 1).order(ORDER);
            scratchView = scratch.asReadOnlyBuffer().order(ORDER);
        }
        int start = from & (ring.dataSize - 1);
        int first = Math.min(length, ring.dataSize - start);
        scratch.put(0, ring.data, start, first);
        scratch.put(first, ring.data, 0, length - first);
        return scratchView;
    }

    @Override
    public void close() {
        closed = true;
        for (Ring ring : rings) {
            try {
                if (map.fd() >= 0) {
                    map.delete(int32(ring.cpu));
                }
            } catch (RuntimeException ignored) {
                // the map may be closed already; the entry then goes with it
            }
            Sys.munmap(ring.base, ring.mmapSize);
            ring.fd.close();
        }
        rings.clear();
        epoll.close();
        events.close();
    }
}
