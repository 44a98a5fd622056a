package io.github.bpf4j.bench;

import io.github.bpf4j.elf.MapType;
import io.github.bpf4j.sys.BpfMap;
import io.github.bpf4j.sys.MapSpec;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Map round trips from Java, by the protocol of benchmarks/c/mapops_roundtrip.c (libbpf bpf_map_lookup_elem +
 * bpf_map_update_elem): look one 4-byte key up into an 8-byte value buffer, increment, update; ITERATIONS per
 * round, best round in million round
 * trips per CPU-second (the first rounds warm the JIT). Like the C side, the loop reads into
 * and writes from buffers made once ({@code BpfMap.lookup(key, value)}, {@code update(key, value)}): two bpf()
 * calls and no allocation per round trip.
 *
 * <pre>
 *   MapOpsRoundTrip array|hash ITERATIONS ROUNDS
 * </pre>
 */
public final class MapOpsRoundTrip {

    /** The thread's CPU time (clock_gettime CLOCK_THREAD_CPUTIME_ID), the clock the C side reads: on a machine
     * shared with other work a round's wall time includes other processes' time slices. */
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private MapOpsRoundTrip() {}

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: MapOpsRoundTrip array|hash ITERATIONS ROUNDS");
            System.exit(2);
        }
        MapType type = args[0].equals("hash") ? MapType.HASH : MapType.ARRAY;
        long iterations = Long.parseLong(args[1]);
        int rounds = Integer.parseInt(args[2]);
        double best = 0;
        long value = 0;
        try (BpfMap map = BpfMap.create(MapSpec.of("mapops", type, 4, 8, 16))) {
            byte[] key = ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(3).array();
            byte[] buf = new byte[8];
            map.update(key, buf);
            ByteBuffer v = ByteBuffer.wrap(buf).order(ByteOrder.nativeOrder());
            for (int r = 0; r < rounds; r++) {
                long t0 = CPU.getCurrentThreadCpuTime();
                for (long i = 0; i < iterations; i++) {
                    if (!map.lookup(key, buf)) {
                        throw new IllegalStateException("key 3 vanished");
                    }
                    value = v.getLong(0) + 1;
                    v.putLong(0, value);
                    map.update(key, buf);
                }
                best = Math.max(best, iterations / ((CPU.getCurrentThreadCpuTime() - t0) / 1e9) / 1e6);
            }
        }
        System.out.printf("%.3f%n", best);
        System.err.println("value " + value);
    }
}
