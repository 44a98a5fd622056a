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

        /** 8 data pages per CPU, a wake-up per sample. */
        public static Options defaults() {
            return new Options(8, 1);
        }
    }

    private final BpfMap map;
    private final Fd epoll;
    private final List<Ring> rings = new ArrayList<>();
    private final Memory events;
    private long lost;

    private static final class Ring {
        final int cpu;
        final Fd fd;
        final Pointer base;
        final long mmapSize;
        final long dataSize;
        /** The metadata page and the data, as buffers made once (a record costs a slice, not a JNA call). */
        final ByteBuffer meta;
        final ByteBuffer data;

        Ring(int cpu, Fd fd, Pointer base, long mmapSize, long dataSize) {
            this.cpu = cpu;
            this.fd = fd;
            this.base = base;
            this.mmapSize = mmapSize;
            this.dataSize = dataSize;
            this.meta = base.getByteBuffer(0, Sys.PAGE_SIZE).order(ByteOrder.nativeOrder());
            this.data = base.getByteBuffer(Sys.PAGE_SIZE, dataSize).asReadOnlyBuffer().order(ByteOrder.nativeOrder());
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
                    Ring ring = new Ring(cpu, fd, base, mmapSize, dataSize);
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
     * Returns the number of records handed out (samples and lost records).
     */
    public int poll(Duration timeout, Consumer<PerfRecord> consumer) {
        int n = drain(consumer);
        if (n > 0) {
            return n;
        }
        long ms = Math.min(Integer.MAX_VALUE, Math.max(0, timeout.toMillis()));
        if (Sys.epollWait(epoll.get(), events, rings.size(), (int) ms) > 0) {
            n = drain(consumer);
        }
        return n;
    }

    /** The samples lost in total, by the {@code PERF_RECORD_LOST} records read so far. */
    public long lostCount() {
        return lost;
    }

    private int drain(Consumer<PerfRecord> consumer) {
        int n = 0;
        for (Ring ring : rings) {
            n += drain(ring, consumer);
        }
        return n;
    }

    private int drain(Ring ring, Consumer<PerfRecord> consumer) {
        long head = (long) LONG.getAcquire(ring.meta, DATA_HEAD); // pairs with the kernel's smp_store_release
        long tail = (long) LONG.get(ring.meta, DATA_TAIL);
        long mask = ring.dataSize - 1;
        ByteBuffer data = ring.data;
        int n = 0;
        try {
            while (tail < head) {
                int off = (int) (tail & mask);
                // perf_event_header: u32 type, u16 misc, u16 size; 8-byte aligned, so it never wraps
                int type = data.getInt(off);
                int size = data.getShort(off + 6) & 0xffff;
                if (size < 8 || size > ring.dataSize) {
                    tail = head; // a corrupt header: skip what is there rather than loop
                    break;
                }
                if (off + size <= ring.dataSize) {
                    n += emit(ring, data, off, type, size, consumer);
                } else {
                    // wrapped around the end of the ring: the rare copy (kept out of the hot path's types)
                    byte[] copy = new byte[size];
                    int first = (int) (ring.dataSize - off);
                    data.get(off, copy, 0, first);
                    data.get(0, copy, first, size - first);
                    n += emit(ring, ByteBuffer.wrap(copy).asReadOnlyBuffer().order(ByteOrder.nativeOrder()), 0, type,
                            size, consumer);
                }
                tail += size;
            }
        } finally {
            LONG.setRelease(ring.meta, DATA_TAIL, tail); // the records are read before the kernel may overwrite
        }
        return n;
    }

    /** Hands out one record at {@code at} of {@code rec}; returns 1 if it was a sample or a lost record. */
    private int emit(Ring ring, ByteBuffer rec, int at, int type, int size, Consumer<PerfRecord> consumer) {
        if (type == RECORD_SAMPLE && size >= 12) {
            int raw = rec.getInt(at + 8);
            int len = Math.max(0, Math.min(raw, size - 12));
            consumer.accept(new PerfRecord.Sample(ring.cpu, rec.slice(at + 12, len).order(ByteOrder.nativeOrder())));
            return 1;
        }
        if (type == RECORD_LOST && size >= 24) {
            long count = rec.getLong(at + 16);
            lost += count;
            consumer.accept(new PerfRecord.Lost(ring.cpu, count));
            return 1;
        }
        return 0;
    }

    @Override
    public void close() {
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
