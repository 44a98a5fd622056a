package io.github.bpf4j.sys.perf;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.github.bpf4j.elf.MapType;
import io.github.bpf4j.sys.BpfException;
import io.github.bpf4j.sys.BpfMap;
import io.github.bpf4j.sys.Errno;
import io.github.bpf4j.sys.internal.Cpus;
import io.github.bpf4j.sys.internal.Fd;
import io.github.bpf4j.sys.internal.Sys;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
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
    private static final VarHandle LONG = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.nativeOrder());
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
    /** Where a record that wraps around the end of a ring is put together (grown on demand, then reused). */
    private ByteBuffer scratch = ByteBuffer.allocate(256).order(ORDER);
    private ByteBuffer scratchView = scratch.asReadOnlyBuffer().order(ORDER);

    private static final class Ring {
        final int cpu;
        final Fd fd;
        final Pointer base;
        final long mmapSize;
        final int dataSize;
        /** The metadata page and the data, as buffers made once (a record costs no object, no JNA call). A
         * ByteBuffer here measured faster than loads by address (RawMemory) once per batch and per header. */
        final ByteBuffer meta;
        final ByteBuffer data;
        /** What handlers see: a duplicate, so that a handler changing its limit cannot disturb the reader. */
        final ByteBuffer handed;

        Ring(int cpu, Fd fd, Pointer base, long mmapSize, int dataSize) {
            this.cpu = cpu;
            this.fd = fd;
            this.base = base;
            this.mmapSize = mmapSize;
            this.dataSize = dataSize;
            this.meta = base.getByteBuffer(0, Sys.PAGE_SIZE).order(ByteOrder.nativeOrder());
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

    /** Records handled per {@link #batch} call. */
    private static final int BATCH = 1024;
    /** Whether the last batch stopped at its limit, with records left. */
    private boolean full;

    private int batch(Ring ring, SampleHandler handler) {
        long head = (long) LONG.getAcquire(ring.meta, DATA_HEAD);
        long tail = (long) LONG.get(ring.meta, DATA_TAIL);
        full = false;
        if (tail == head) {
            return 0;
        }
        int mask = ring.dataSize - 1;
        ByteBuffer data = ring.data;
        int n = 0;
        int i = 0;
        try {
            for (; i < BATCH && tail < head; i++) {
                int off = (int) tail & mask;
                // perf_event_header: u32 type, u16 misc, u16 size; 8-byte aligned, so it never wraps: one load
                long header = data.getLong(off);
                int type = LITTLE ? (int) header : (int) (header >>> 32);
                int size = (int) (LITTLE ? header >>> 48 : header) & 0xffff;
                if (size < 8 || size > ring.dataSize) {
                    tail = head; // a corrupt header: skip what is there rather than loop
                    break;
                }
                if (type == RECORD_SAMPLE && size >= 12) {
                    int at = off + 12;
                    ByteBuffer from = ring.handed;
                    if (off + size > ring.dataSize) {
                        at = 0; // wrapped around the end of the ring: the rare copy
                        from = unwrap(ring, off + 12, size - 12);
                    }
                    int raw = data.getInt((off + 8) & mask);
                    handler.onSample(ring.cpu, from, at, Math.max(0, Math.min(raw, size - 12)));
                    n++;
                } else if (type == RECORD_LOST && size >= 24) {
                    long count = off + 24 <= ring.dataSize ? data.getLong(off + 16)
                            : unwrap(ring, off + 16, 8).getLong(0);
                    lost += count;
                    handler.onLost(ring.cpu, count);
                    n++;
                }
                tail += size;
            }
        } finally {
            LONG.setRelease(ring.meta, DATA_TAIL, tail); // smp_store_release(data_tail)
        }
        full = i == BATCH && tail < head;
        return n;
    }

    /** Copies {@code length} bytes from {@code from} (taken modulo the ring size) into the reused scratch buffer. */
    private ByteBuffer unwrap(Ring ring, int from, int length) {
        if (scratch.capacity() < length) {
            scratch = ByteBuffer.allocate(Integer.highestOneBit(length) << 1).order(ORDER);
            scratchView = scratch.asReadOnlyBuffer().order(ORDER);
        }
        int start = from & (ring.dataSize - 1);
        int first = Math.min(length, ring.dataSize - start);
        ring.data.get(start, scratch.array(), 0, first);
        ring.data.get(0, scratch.array(), first, length - first);
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
