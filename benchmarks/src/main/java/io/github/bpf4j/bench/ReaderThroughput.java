package io.github.bpf4j.bench;

import io.github.bpf4j.elf.BpfObject;
import io.github.bpf4j.sys.Bpf;
import io.github.bpf4j.sys.LoadOptions;
import io.github.bpf4j.sys.LoadedObject;
import io.github.bpf4j.sys.Program;
import io.github.bpf4j.sys.TestRun;
import io.github.bpf4j.sys.perf.PerfReader;
import io.github.bpf4j.sys.perf.PerfRecord;
import io.github.bpf4j.sys.ring.RingReader;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Consumer throughput of bpf4j's ring and perf buffer readers, by the protocol of benchmarks/c/ringbuf_consumer.c
 * and perfbuf_consumer.c (libbpf): per round the producer object (benchmarks/c/*_producer.bpf.c, the same .o the C
 * side loads) fills the buffer with RECORDS records by BPF_PROG_TEST_RUN, then the clock runs while the reader
 * drains them. Prints the best round in million records/s (the first rounds warm the JIT, as a JMH warm-up would).
 *
 * <pre>
 *   ReaderThroughput ring OBJ.o RECORDS ROUNDS
 *   ReaderThroughput perf OBJ.o RECORDS ROUNDS PAGES
 * </pre>
 */
public final class ReaderThroughput {

    private static long seen;
    private static long lost;
    private static long sum;

    private ReaderThroughput() {}

    public static void main(String[] args) {
        if (args.length < 4 || !(args[0].equals("ring") || args[0].equals("perf") && args.length == 5)) {
            System.err.println("usage: ReaderThroughput ring OBJ.o RECORDS ROUNDS | perf OBJ.o RECORDS ROUNDS PAGES");
            System.exit(2);
        }
        boolean ring = args[0].equals("ring");
        long records = Long.parseLong(args[2]);
        int rounds = Integer.parseInt(args[3]);
        TestRun run = TestRun.ofData(new byte[64]).withRepeat((int) (records / 8));
        double best = 0;
        try (LoadedObject live = Bpf.load(BpfObject.read(Path.of(args[1])), LoadOptions.defaults())) {
            Program producer = live.program("produce");
            if (ring) {
                try (RingReader reader = RingReader.open(live.map("rb"))) {
                    for (int r = 0; r < rounds; r++) {
                        producer.testRun(run);
                        seen = 0;
                        long t0 = System.nanoTime();
                        while (seen < records) {
                            reader.poll(Duration.ofMillis(100), b -> {
                                sum += b.getLong(0);
                                seen++;
                            });
                        }
                        best = Math.max(best, seen / ((System.nanoTime() - t0) / 1e9) / 1e6);
                    }
                }
            } else {
                int pages = Integer.parseInt(args[4]);
                try (PerfReader reader = PerfReader.open(live.map("pb"), new PerfReader.Options(pages, 1))) {
                    for (int r = 0; r < rounds; r++) {
                        producer.testRun(run);
                        seen = 0;
                        lost = 0;
                        long t0 = System.nanoTime();
                        while (seen + lost < records) {
                            reader.poll(Duration.ofMillis(100), rec -> {
                                if (rec instanceof PerfRecord.Sample s) {
                                    sum += s.data().getLong(0);
                                    seen++;
                                } else if (rec instanceof PerfRecord.Lost l) {
                                    lost += l.count();
                                }
                            });
                        }
                        if (lost > 0) {
                            System.err.println("lost " + lost + " samples: raise PAGES");
                            System.exit(1);
                        }
                        best = Math.max(best, seen / ((System.nanoTime() - t0) / 1e9) / 1e6);
                    }
                }
            }
        }
        System.out.printf("%.3f%n", best);
        System.err.println("checksum " + sum);
    }
}
