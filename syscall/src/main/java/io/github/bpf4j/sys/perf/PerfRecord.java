package io.github.bpf4j.sys.perf;

import java.nio.ByteBuffer;

/** A record read from a perf ring: a sample or a count of samples lost. */
public sealed interface PerfRecord permits PerfRecord.Sample, PerfRecord.Lost {

    /** The record kinds. */
    enum Kind {
        /** {@code PERF_RECORD_SAMPLE} with the raw data a program passed to {@code bpf_perf_event_output}. */
        SAMPLE,
        /** {@code PERF_RECORD_LOST}: the ring was full and the kernel dropped samples. */
        LOST
    }

    Kind kind();

    /** The CPU whose ring held the record. */
    int cpu();

    /**
     * A sample. {@code data} is a read-only view of the raw bytes: of the mapped ring when the record does not
     * wrap, of a copy when it does; valid only during the consumer call. The kernel pads the raw data so that the
     * 4-byte size field plus data is a multiple of 8: the view holds the size the kernel reports.
     *
     * @param cpu  the CPU
     * @param data the raw sample bytes, native byte order
     */
    record Sample(int cpu, ByteBuffer data) implements PerfRecord {
        @Override
        public Kind kind() {
            return Kind.SAMPLE;
        }

        /** A copy of the data. */
        public byte[] bytes() {
            byte[] b = new byte[data.remaining()];
            data.duplicate().get(b);
            return b;
        }
    }

    /**
     * Samples lost on a CPU.
     *
     * @param cpu   the CPU
     * @param count how many samples the kernel dropped
     */
    record Lost(int cpu, long count) implements PerfRecord {
        @Override
        public Kind kind() {
            return Kind.LOST;
        }
    }
}
