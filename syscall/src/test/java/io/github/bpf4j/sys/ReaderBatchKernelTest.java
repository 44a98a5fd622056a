package io.github.bpf4j.sys;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.elf.MapType;
import io.github.bpf4j.elf.ProgType;
import io.github.bpf4j.sys.internal.Cpus;
import io.github.bpf4j.sys.perf.PerfReader;
import io.github.bpf4j.sys.ring.RingReader;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The readers' batches against records that straddle the end of the ring. Both producers write 40-byte records
 * (header included) numbered by a sequence, so the ring's 64 KiB hold 1,638 of them and record number 1,638 starts
 * 16 bytes before the end (40 * 1638 = 65520): its data runs on in the ring buffer's second mapping, and the perf
 * reader hands it out from a copy. A first burst of {@code 1638 - BATCH + shift} records, drained, puts that record
 * at index {@code BATCH - shift} of the second drain, which is the first record of the second batch
 * ({@code shift} 0) or the last of the first (1); the test checks that it is this record, and only it, that the
 * reader hands out across the end (ring) or from its copy (perf). Every record must arrive once, in order, with all
 * its words intact, and a drain that follows must find nothing (the positions published at the batch ends are
 * exact).
 */
@Tag("kernel")
class ReaderBatchKernelTest {

    private static final int RING_BYTES = 64 * 1024;
    private static final int RECORD = 40;
    /** The first record whose data runs past the end of a fresh ring. */
    private static final int STRADDLING = 1638;
    private static final int SECOND_BURST = 1100;

    @BeforeEach
    void kernel() {
        KernelSupport.assumeBpf();
        assertThat((long) STRADDLING * RECORD % RING_BYTES).isEqualTo(RING_BYTES - 16);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"first record of the second batch straddles the end, 0",
            "last record of the first batch straddles the end, 1"})
    void ringBatchBoundaryOnStraddlingRecord(String name, int shift) {
        int warmUp = STRADDLING - RingReader.BATCH + shift;
        try (BpfMap ring = BpfMap.create(MapSpec.ringbuf("straddle", RING_BYTES));
             BpfMap counter = BpfMap.create(MapSpec.of("seq", MapType.ARRAY, 4, 8, 1));
             Program p = Program.load(ProgramSpec.of("xdp_seq", ProgType.XDP,
                     Progs.sequenceTo(false, ring.fd(), counter.fd())));
             RingReader reader = RingReader.open(ring)) {
            List<Integer> straddling = new ArrayList<>();
            twoBursts(p, warmUp, straddling, (got, want) -> drainRing(reader, got, straddling, want));
            assertThat(straddling).as("records running past the end").containsExactly(RingReader.BATCH - shift);
            assertThat(reader.consume((d, off, len) -> { })).as("records left").isZero();
        }
    }

    /**
     * Runs the warm-up burst and drains it (none of its records may be marked), then the second burst, whose
     * records must arrive once each and in order.
     */
    private static void twoBursts(Program p, int warmUp, List<Integer> marked, BiConsumer<List<Long>, Integer> drain) {
        List<Long> got = new ArrayList<>();
        p.testRun(TestRun.ofData(new byte[64]).withRepeat(warmUp));
        drain.accept(got, warmUp);
        assertThat(marked).as("marked records of the warm-up burst").isEmpty();
        got.clear();
        p.testRun(TestRun.ofData(new byte[64]).withRepeat(SECOND_BURST));
        drain.accept(got, SECOND_BURST);
        assertThat(got).as("sequence numbers of the second burst").isEqualTo(sequence(warmUp, SECOND_BURST));
    }

    private static void drainRing(RingReader reader, List<Long> got, List<Integer> straddling, int want) {
        int polls = 0;
        while (got.size() < want && polls++ < 20) {
            reader.poll(Duration.ofMillis(50), (data, off, len) -> {
                if (off + len > RING_BYTES) {
                    straddling.add(got.size());
                }
                got.add(number(data, off, len, 4));
            });
        }
        assertThat(got).as("records read").hasSize(want);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"first record of the second batch straddles the end, 0",
            "last record of the first batch straddles the end, 1"})
    void perfBatchBoundaryOnStraddlingSample(String name, int shift) {
        int warmUp = STRADDLING - PerfReader.BATCH + shift;
        try (BpfMap events = BpfMap.create(MapSpec.perfEventArray("straddle", Cpus.possibleCount()));
             BpfMap counter = BpfMap.create(MapSpec.of("seq", MapType.ARRAY, 4, 8, 1));
             Program p = Program.load(ProgramSpec.of("xdp_seq", ProgType.XDP,
                     Progs.sequenceTo(true, events.fd(), counter.fd())));
             PerfReader reader = PerfReader.open(events, new PerfReader.Options(RING_BYTES / 4096, 1_000_000));
             ReaderKernelTest.Affinity pinned = ReaderKernelTest.Affinity.pin(0)) {
            // one CPU for every run: all samples in one ring, whose positions start at 0
            assertThat(pinned.previous()).as("the affinity to restore").isNotZero();
            List<Integer> copied = new ArrayList<>();
            twoBursts(p, warmUp, copied, (got, want) -> drainPerf(reader, got, copied, want));
            assertThat(copied).as("samples handed out from a copy").containsExactly(PerfReader.BATCH - shift);
            assertThat(reader.consume((cpu, d, off, len) -> { })).as("records left").isZero();
            assertThat(reader.lostCount()).isZero();
        }
    }

    private static void drainPerf(PerfReader reader, List<Long> got, List<Integer> copied, int want) {
        int polls = 0;
        while (got.size() < want && polls++ < 20) {
            reader.poll(Duration.ofMillis(50), (cpu, data, off, len) -> {
                if (data.capacity() != RING_BYTES) { // not the mapped ring: the reader's copy
                    copied.add(got.size());
                }
                got.add(number(data, off, len, 3));
            });
        }
        assertThat(got).as("samples read").hasSize(want);
    }

    /** The record's number when its first {@code words} 8-byte words agree, else -1 (a torn or misplaced read). */
    private static long number(ByteBuffer data, int off, int len, int words) {
        if (len < 8 * words) {
            return -1;
        }
        long n = data.getLong(off);
        for (int w = 1; w < words; w++) {
            if (data.getLong(off + 8 * w) != n) {
                return -1;
            }
        }
        return n;
    }

    private static List<Long> sequence(long from, int count) {
        List<Long> s = new ArrayList<>(count);
        for (long i = 0; i < count; i++) {
            s.add(from + i);
        }
        return s;
    }
}
