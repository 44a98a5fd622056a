package io.github.bpf4j.sys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.elf.MapType;
import io.github.bpf4j.elf.ProgType;
import io.github.bpf4j.sys.internal.Cpus;
import io.github.bpf4j.sys.internal.Sys;
import io.github.bpf4j.sys.perf.PerfReader;
import io.github.bpf4j.sys.perf.PerfRecord;
import io.github.bpf4j.sys.ring.RingReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("kernel")
class ReaderKernelTest {

    private static final int CALLS = 200;

    @BeforeEach
    void kernel() {
        KernelSupport.assumeTracefs();
    }

    private static long pidTgid() {
        // ProcessHandle caches the pid: no getpid system call that the probe would count.
        return (ProcessHandle.current().pid() << 32) | (Sys.gettid() & 0xffffffffL);
    }

    @Test
    void tracepointToPerfEventArray() {
        int cpus = Cpus.possibleCount();
        try (BpfMap events = BpfMap.create(MapSpec.perfEventArray("events", cpus));
             Program p = Program.load(ProgramSpec.of("getpid_perf", ProgType.TRACEPOINT,
                     Progs.pidTgidToPerf(events.fd())));
             PerfReader reader = PerfReader.open(events);
             Link link = p.attachTracepoint("syscalls", "sys_enter_getpid")) {
            assertThat(link.kind()).isEqualTo(Link.Kind.PERF_EVENT);
            long me = pidTgid();
            for (int i = 0; i < CALLS; i++) {
                Sys.getpid();
            }
            List<Long> mine = new ArrayList<>();
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (mine.size() < CALLS && System.nanoTime() < deadline) {
                reader.poll(Duration.ofMillis(100), r -> {
                    if (r instanceof PerfRecord.Sample s && s.data().remaining() >= 8) {
                        long v = s.data().getLong(0);
                        if (v == me) {
                            mine.add(v);
                        }
                    }
                });
            }
            assertThat(mine).hasSize(CALLS);
            assertThat(reader.lostCount()).isZero();
        }
    }

    @Test
    void tracepointToRingBuffer() {
        try (BpfMap ring = BpfMap.create(MapSpec.ringbuf("ring", 64 * 1024));
             Program p = Program.load(ProgramSpec.of("getpid_ring", ProgType.TRACEPOINT,
                     Progs.pidTgidToRing(ring.fd(), -1, 0)));
             RingReader reader = RingReader.open(ring);
             Link link = p.attachTracepoint("syscalls", "sys_enter_getpid")) {
            assertThat(link.perfFd()).isPositive();
            long me = pidTgid();
            for (int i = 0; i < CALLS; i++) {
                Sys.getpid();
            }
            int[] mine = {0};
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (mine[0] < CALLS && System.nanoTime() < deadline) {
                reader.poll(Duration.ofMillis(100), b -> {
                    assertThat(b.remaining()).isEqualTo(8);
                    if (b.getLong(0) == me) {
                        mine[0]++;
                    }
                });
            }
            assertThat(mine[0]).isEqualTo(CALLS);
        }
    }

    @Test
    void unknownTracepointSuggestsNames() {
        try (Program p = Program.load(ProgramSpec.of("tp", ProgType.TRACEPOINT, Progs.ret(0)))) {
            BpfException e = org.junit.jupiter.api.Assertions.assertThrows(BpfException.class,
                    () -> p.attachTracepoint("syscalls", "sys_enter_getpidd"));
            assertThat(e.errno()).isEqualTo(Errno.ENOENT);
            assertThat(e.getMessage()).contains("no tracepoint syscalls:sys_enter_getpidd",
                    "syscalls:sys_enter_getpid");
        }
    }

    private static final int BURST = 100_000;

    /** XDP programs may call bpf_perf_event_output (as bpf_xdp_event_output) under BPF_PROG_TEST_RUN. */
    @Test
    void testRunBurstToPerfBufferDeliversEveryRecord() {
        int cpus = Cpus.possibleCount();
        try (BpfMap events = BpfMap.create(MapSpec.perfEventArray("burst", cpus));
             Program p = Program.load(ProgramSpec.of("xdp_perf", ProgType.XDP, Progs.pidTgidToPerf(events.fd())));
             PerfReader reader = PerfReader.open(events, new PerfReader.Options(1024, 1))) {
            p.testRun(TestRun.ofData(new byte[64]).withRepeat(BURST));
            long[] counts = new long[3];
            drain(reader, counts, BURST);
            assertThat(counts[0]).isEqualTo(BURST);
            assertThat(counts[1]).isZero();
            assertThat(counts[2]).as("samples with wrong content").isZero();
        }
    }

    /**
     * The reader's default ring (8 pages per CPU: 1,365 samples of 24 bytes) holds a seventieth of the burst, which
     * BPF_PROG_TEST_RUN writes in 30-150 ms: the reader keeps up by draining on its own CPU while the program runs,
     * as a tool reads a live producer. The first two bursts warm the JIT (interpreted, the reader drains a sample in
     * about a microsecond, slower than the producer writes one; compiled, in about 15 ns). Then a burst must arrive
     * whole, every sample read, none lost; a JVM safepoint or the shared machine's kernel work can stall the reader
     * for more than the 150-400 us the ring covers, so up to four bursts may be tried (on a quiet machine the first
     * one arrives whole; a reader slower than the producer loses samples in every one).
     */
    @Test
    void testRunBurstToDefaultPerfBufferWithConcurrentReaderLosesNothing() throws Exception {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2,
                "needs two CPUs: one for the producer, one for the reader");
        int cpus = Cpus.possibleCount();
        try (BpfMap events = BpfMap.create(MapSpec.perfEventArray("burst", cpus));
             Program p = Program.load(ProgramSpec.of("xdp_perf", ProgType.XDP, Progs.pidTgidToPerf(events.fd())));
             PerfReader reader = PerfReader.open(events);
             Affinity producerCpu = Affinity.pin(0)) {
            assertThat(PerfReader.Options.defaults().dataPages()).isEqualTo(8);
            long me = pidTgid();
            long[] counts = new long[3];
            long missing = 0;
            int round = 0;
            for (; round < 6 && (round < 3 || counts[0] != BURST || counts[2] != 0); round++) {
                missing += round == 0 ? 0 : BURST - counts[0];
                Arrays.fill(counts, 0);
                Concurrent drainer = Concurrent.start(1, timeout -> reader.poll(timeout, (cpu, data, off, len) -> {
                    counts[0]++;
                    if (len < 8 || data.getLong(off) != me) {
                        counts[2]++;
                    }
                }), () -> counts[0] == BURST);
                p.testRun(TestRun.ofData(new byte[64]).withRepeat(BURST));
                drainer.finish();
            }
            assertThat(counts[0]).as("samples read of the last of %d bursts", round).isEqualTo(BURST);
            // The kernel reports a burst's losses in its next write to the ring, so the lost records read by now
            // account exactly for the samples the warm-up (and retried) bursts missed, and the last burst lost none.
            assertThat(reader.lostCount()).as("lost samples reported").isEqualTo(missing);
            assertThat(counts[2]).as("samples with wrong content").isZero();
        }
    }

    @Test
    void testRunBurstToSmallPerfBufferCountsLostExactly() {
        int cpus = Cpus.possibleCount();
        try (BpfMap events = BpfMap.create(MapSpec.perfEventArray("burst", cpus));
             Program p = Program.load(ProgramSpec.of("xdp_perf", ProgType.XDP, Progs.pidTgidToPerf(events.fd())));
             PerfReader reader = PerfReader.open(events, new PerfReader.Options(1, 1_000_000))) {
            long[] counts = new long[3];
            // The kernel reports losses in the next record it can write to the same ring: one more run on the
            // same CPU flushes the count. Pin the thread so that both runs use one CPU.
            try (Affinity pinned = Affinity.pin(0)) {
                assertThat(pinned.previous()).as("the affinity to restore").isNotZero();
                p.testRun(TestRun.ofData(new byte[64]).withRepeat(BURST));
                drain(reader, counts, 0);
                p.testRun(TestRun.ofData(new byte[64]));
                drain(reader, counts, 0);
            }
            assertThat(counts[1]).isPositive();
            assertThat(counts[0] + counts[1]).isEqualTo(BURST + 1);
            // 24-byte records in a 4096-byte ring: every 171st wraps around the end and is read from a copy.
            assertThat(counts[2]).as("samples with wrong content").isZero();
            assertThat(reader.lostCount()).isEqualTo(counts[1]);
        }
    }

    /**
     * Counts samples in {@code counts[0]}, lost samples in {@code counts[1]} and samples whose 8 bytes are not the
     * test thread's pid_tgid in {@code counts[2]} (records that wrap around the ring end are copied: their content
     * is checked too).
     */
    private static void drain(PerfReader reader, long[] counts, long want) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        long me = pidTgid();
        int idle = 0;
        while (System.nanoTime() < deadline && idle < 3 && (want == 0 || counts[0] + counts[1] < want)) {
            int n = reader.poll(Duration.ofMillis(50), r -> {
                switch (r.kind()) {
                    case SAMPLE -> {
                        counts[0]++;
                        ByteBuffer d = ((PerfRecord.Sample) r).data();
                        if (d.remaining() < 8 || d.getLong(0) != me) {
                            counts[2]++;
                        }
                    }
                    case LOST -> counts[1] += ((PerfRecord.Lost) r).count();
                }
            });
            idle = n == 0 ? idle + 1 : 0;
        }
    }

    @Test
    void testRunBurstToRingBuffer() {
        try (BpfMap ring = BpfMap.create(MapSpec.ringbuf("burst", 4 << 20));
             BpfMap dropped = BpfMap.create(MapSpec.of("dropped", MapType.ARRAY, 4, 8, 1));
             Program p = Program.load(ProgramSpec.of("xdp_ring", ProgType.XDP,
                     Progs.pidTgidToRing(ring.fd(), dropped.fd(), 2)));
             RingReader reader = RingReader.open(ring)) {
            assertThat(p.testRun(TestRun.ofData(new byte[64]).withRepeat(BURST)).retval()).isEqualTo(2);
            long me = pidTgid();
            long[] wrong = {0};
            // Half through the view API, stopped by an exception (the record that threw counts as consumed), the
            // rest through the handler API (which moves the position of the buffer it is given: the reader reads
            // by absolute offsets and does not care).
            long[] views = {0};
            assertThatThrownBy(() -> reader.poll(Duration.ofMillis(100), b -> {
                if (b.remaining() != 8 || b.getLong(0) != me) {
                    wrong[0]++;
                }
                if (++views[0] == BURST / 2) {
                    throw new IllegalStateException("enough views");
                }
            })).hasMessage("enough views");
            long n = views[0];
            int got;
            while ((got = reader.consume((data, off, len) -> {
                if (len != 8 || data.getLong(off) != me || !data.isReadOnly()) {
                    wrong[0]++;
                }
                data.position(off + len);
            })) > 0) {
                n += got;
            }
            assertThat(n).isEqualTo(BURST);
            assertThat(wrong[0]).as("records of the wrong size or content").isZero();
            assertThat(counter(dropped)).isZero();
        }
    }

    @Test
    void testRunBurstToSmallRingBufferCountsDropsExactly() {
        try (BpfMap ring = BpfMap.create(MapSpec.ringbuf("small", 4096));
             BpfMap dropped = BpfMap.create(MapSpec.of("dropped", MapType.ARRAY, 4, 8, 1));
             Program p = Program.load(ProgramSpec.of("xdp_ring", ProgType.XDP,
                     Progs.pidTgidToRing(ring.fd(), dropped.fd(), 2)));
             RingReader reader = RingReader.open(ring)) {
            p.testRun(TestRun.ofData(new byte[64]).withRepeat(BURST));
            long n = 0;
            int got;
            while ((got = reader.poll(Duration.ofMillis(100), b -> { })) > 0) {
                n += got;
            }
            // 16 bytes a record (8-byte header, 8 bytes of data); the kernel never fills the ring completely
            // (__bpf_ringbuf_reserve needs new_prod_pos - cons_pos <= mask), so one slot stays free.
            assertThat(n).isEqualTo(4096 / 16 - 1);
            assertThat(n + counter(dropped)).isEqualTo(BURST);
        }
    }

    /**
     * A reader polling on its own thread (pinned to one CPU, at real-time priority) until {@code done} holds after the producer finished (or 10 s passed). The
     * poll function gets the timeout and returns the records it handed out. {@link #finish} joins and rethrows.
     */
    static final class Concurrent {
        private final Thread thread;
        private final java.util.concurrent.atomic.AtomicReference<Throwable> failure =
                new java.util.concurrent.atomic.AtomicReference<>();
        private volatile boolean producerDone;
        /**
         * Poll timeouts while the producer runs and after (made once: the loop allocates nothing). While it runs the
         * reader does not sleep: with the kernel built PREEMPT_NONE, a woken reader may wait for another task's long
         * kernel path on its CPU; a reader that keeps its CPU does not.
         */
        private static final Duration WHILE = Duration.ZERO;
        private static final Duration AFTER = Duration.ofMillis(50);

        private Concurrent(int cpu, java.util.function.ToIntFunction<Duration> poll,
                           java.util.function.BooleanSupplier done, java.util.concurrent.CountDownLatch started) {
            thread = new Thread(() -> {
                try (Affinity pinned = Affinity.pin(cpu)) {
                    boostPriority();
                    long deadline = System.nanoTime() + 10_000_000_000L;
                    started.countDown();
                    int idle = 0;
                    while (System.nanoTime() < deadline && !(producerDone && (done.getAsBoolean() || idle >= 3))) {
                        int n = poll.applyAsInt(producerDone ? AFTER : WHILE);
                        idle = producerDone && n == 0 ? idle + 1 : 0;
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            }, "reader");
        }

        /** Starts a reader pinned to {@code cpu} and returns once it polls. */
        static Concurrent start(int cpu, java.util.function.ToIntFunction<Duration> poll,
                                java.util.function.BooleanSupplier done) throws InterruptedException {
            java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
            Concurrent c = new Concurrent(cpu, poll, done, started);
            c.thread.start();
            started.await();
            return c;
        }

        /**
         * The reader thread gets the CPU first when it wakes (SCHED_FIFO, priority 1, for this thread only), as a
         * tool that must not lose events runs its reader: the test is about draining fast enough, and a shared
         * machine's other work would otherwise decide when the reader runs. Root may; without it the thread stays.
         */
        private static void boostPriority() {
            long nr = System.getProperty("os.arch").equals("aarch64") ? 119 : 144; // sched_setscheduler
            try (com.sun.jna.Memory param = new com.sun.jna.Memory(4)) {
                param.setInt(0, 1);
                io.github.bpf4j.sys.internal.LibC.INSTANCE.syscall(nr, (long) Sys.gettid(), 1L, param);
            }
        }

        void finish() throws InterruptedException {
            producerDone = true;
            thread.join(15_000);
            assertThat(thread.isAlive()).as("reader thread still running").isFalse();
            if (failure.get() != null) {
                throw new AssertionError("reader thread failed", failure.get());
            }
        }
    }

    /** Pins the calling thread to one CPU with sched_setaffinity until closed. */
    record Affinity(long previous) implements AutoCloseable {
        private static final long NR = System.getProperty("os.arch").equals("aarch64") ? 122 : 203;
        private static final long NR_GET = System.getProperty("os.arch").equals("aarch64") ? 123 : 204;

        static Affinity pin(int cpu) {
            try (com.sun.jna.Memory m = new com.sun.jna.Memory(8)) {
                m.setLong(0, 0);
                io.github.bpf4j.sys.internal.LibC.INSTANCE.syscall(NR_GET, 0L, 8L, m);
                long prev = m.getLong(0);
                m.setLong(0, 1L << cpu);
                long r = io.github.bpf4j.sys.internal.LibC.INSTANCE.syscall(NR, 0L, 8L, m);
                assertThat(r).as("sched_setaffinity").isZero();
                return new Affinity(prev);
            }
        }

        @Override
        public void close() {
            try (com.sun.jna.Memory m = new com.sun.jna.Memory(8)) {
                m.setLong(0, previous == 0 ? -1L : previous);
                io.github.bpf4j.sys.internal.LibC.INSTANCE.syscall(NR, 0L, 8L, m);
            }
        }
    }

    private static long counter(BpfMap m) {
        return ByteBuffer.wrap(m.lookup(new byte[4]).orElseThrow()).order(ByteOrder.nativeOrder()).getLong();
    }
}
