package io.github.bpf4j.sys.perf;

import java.nio.ByteBuffer;

/**
 * Receives perf ring records without an object per record: a sample's raw bytes are the {@code length} bytes from
 * {@code offset} of {@code data}, a read-only buffer in native byte order (the CPU's mapped ring, or for the rare
 * sample that wraps around the ring's end, a scratch copy the reader reuses), read with absolute gets. The bytes are
 * valid only during the call: the kernel may overwrite them once the reader moves its tail. This is libbpf's
 * {@code perf_buffer_sample_fn(ctx, cpu, data, size)} and {@code perf_buffer_lost_fn} in Java terms;
 * {@link PerfReader#poll(java.time.Duration, java.util.function.Consumer)} builds {@link PerfRecord}s on top of it.
 */
@FunctionalInterface
public interface SampleHandler {

    /**
     * One {@code PERF_RECORD_SAMPLE}.
     *
     * @param cpu    the CPU whose ring held it
     * @param data   the buffer holding the raw bytes (do not keep it past the call, do not change its limit)
     * @param offset where the raw bytes start in {@code data}
     * @param length the raw size the kernel reports (the program's size rounded so that size field plus data is a
     *               multiple of 8)
     */
    void onSample(int cpu, ByteBuffer data, int offset, int length);

    /**
     * One {@code PERF_RECORD_LOST}: the ring of {@code cpu} was full and the kernel dropped {@code count} samples.
     * {@link PerfReader#lostCount()} adds them up either way; by default nothing else happens.
     */
    default void onLost(int cpu, long count) {
    }
}
