package io.github.bpf4j.bench;

import io.github.bpf4j.elf.BpfObject;
import io.github.bpf4j.sys.Bpf;
import io.github.bpf4j.sys.LoadOptions;
import io.github.bpf4j.sys.LoadedObject;
import io.github.bpf4j.sys.Program;
import io.github.bpf4j.sys.TestRun;
import io.github.bpf4j.sys.perf.PerfReader;
import io.github.bpf4j.sys.perf.PerfRecord;
import io.github.bpf4j.sys.perf.SampleHandler;
import io.github.bpf4j.sys.ring.RecordHandler;
import io.github.bpf4j.sys.ring.RingReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Consumer throughput of bpf4j's ring and perf buffer readers, by the protocol of benchmarks/c/ringbuf_consumer.c
 * and perfbuf_consumer.c (libbpf): per round the producer object (benchmarks/c/*_producer.bpf.c, the same .o the C
 * side loads) fills the buffer with RECORDS records by BPF_PROG_TEST_RUN, then the clock runs while the reader
 * drains them through {@code poll} with a 100 ms timeout, reading the first 8 bytes of every record. Prints the best
 * round in million records per CPU-second (the first rounds warm the JIT, as a JMH warm-up would).
 *
 * <p>{@code ring} and {@code perf} read through the handler APIs ({@link RecordHandler}, {@link SampleHandler}: an
 * offset and a length in the mapped ring, as libbpf's callbacks get a pointer and a size); {@code ring-view} and
 * {@code perf-record} through the object-per-record APIs ({@code Consumer<ByteBuffer>}, {@code Consumer<PerfRecord>}).
 *
 * <pre>
 *   ReaderThroughput ring|ring-view OBJ.o RECORDS ROUNDS
 *   ReaderThroughput perf|perf-record OBJ.o RECORDS ROUNDS PAGES
 * </pre>
 */
public final class ReaderThroughput {

    /** The thread's CPU time (clock_gettime CLOCK_THREAD_CPUTIME_ID), the clock the C side reads: on a machine
     * shared with other work a round's wall time includes other processes' time slices. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private static long seen;
    private static long lost;
    private static long sum;

    private ReaderThroughput() {}

    /** The handler the C consumers mirror: touch the record, count it. */
    private static final class Ring implements RecordHandler {
        @Override
        public void onRecord(ByteBuffer data, int offset, int length) {
            sum += data.getLong(offset);
            seen++;
        }
    }

    private static final class Perf implements SampleHandler {
        @Override
        public void onSample(int cpu, ByteBuffer data, int offset, int length) {
            sum += data.getLong(offset);
            seen++;
        }

        @Override
        public void onLost(int cpu, long count) {
            lost += count;
        }
    }

    public static void main(String[] args) {
        String mode = args.length > 0 ? args[0] : "";
        boolean ring = mode.equals("ring") || mode.equals("ring-view");
        boolean perf = mode.equals("perf") || mode.equals("perf-record");
        if (!(ring && args.length == 4 || perf && args.length == 5)) {
            System.err.println("usage: ReaderThroughput ring|ring-view OBJ.o RECORDS ROUNDS"
                    + " | perf|perf-record OBJ.o RECORDS ROUNDS PAGES");
            System.exit(2);
        }
        long records = Long.parseLong(args[2]);
        int rounds = Integer.parseInt(args[3]);
        TestRun run = TestRun.ofData(new byte[64]).withRepeat((int) (records / 8));
        Duration timeout = Duration.ofMillis(100);
        double best = 0;
        try (LoadedObject live = Bpf.load(BpfObject.read(Path.of(args[1])), LoadOptions.defaults())) {
            Program producer = live.program("produce");
            if (ring) {
                RecordHandler handler = new Ring();
                try (RingReader reader = RingReader.open(live.map("rb"))) {
                    for (int r = 0; r < rounds; r++) {
                        producer.testRun(run);
                        seen = 0;
                        long t0 = CPU.getCurrentThreadCpuTime();
                        if (mode.equals("ring")) {
                            while (seen < records) {
                                reader.poll(timeout, handler);
                            }
                        } else {
                            while (seen < records) {
                                reader.poll(timeout, b -> {
                                    sum += b.getLong(0);
                                    seen++;
                                });
                            }
                        }
                        best = Math.max(best, seen / ((CPU.getCurrentThreadCpuTime() - t0) / 1e9) / 1e6);
                    }
                }
            } else {
                int pages = Integer.parseInt(args[4]);
                SampleHandler handler = new Perf();
                try (PerfReader reader = PerfReader.open(live.map("pb"), new PerfReader.Options(pages, 1))) {
                    for (int r = 0; r < rounds; r++) {
                        producer.testRun(run);
                        seen = 0;
                        lost = 0;
                        long t0 = CPU.getCurrentThreadCpuTime();
                        if (mode.equals("perf")) {
                            while (seen + lost < records) {
                                reader.poll(timeout, handler);
                            }
                        } else {
                            while (seen + lost < records) {
                                reader.poll(timeout, rec -> {
                                    if (rec instanceof PerfRecord.Sample s) {
                                        sum += s.data().getLong(0);
                                        seen++;
                                    } else if (rec instanceof PerfRecord.Lost l) {
                                        lost += l.count();
                                    }
                                });
                            }
                        }
                        if (lost > 0) {
                            System.err.println("lost " + lost + " samples: raise PAGES");
                            System.exit(1);
                        }
                        best = Math.max(best, seen / ((CPU.getCurrentThreadCpuTime() - t0) / 1e9) / 1e6);
                    }
                }
            }
        }
        System.out.printf("%.3f%n", best);
        System.err.println("checksum " + sum);
    }
}
