package io.github.bpf4j.sys.perf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A {@code struct perf_event_attr} (include/uapi/linux/perf_event.h, Linux 6.18), encoded at
 * {@link #SIZE_VER8} bytes. Only the fields this library sets are modelled; the rest encode as zero.
 *
 * @param type         {@code PERF_TYPE_*} or a dynamic PMU type (kprobe, uprobe)
 * @param config       event selector (tracepoint id, software counter, retprobe bit for probe PMUs)
 * @param samplePeriod {@code sample_period}
 * @param sampleType   {@code PERF_SAMPLE_*} bits
 * @param flags        the bit-field word at offset 40 ({@code disabled} is bit 0, {@code watermark} bit 14, ...)
 * @param wakeupEvents {@code wakeup_events}
 * @param config1      {@code config1}: for probe PMUs the address of the function name or binary path
 * @param config2      {@code config2}: for probe PMUs the offset (or the address of the probe)
 */
public record PerfEventAttr(int type, long config, long samplePeriod, long sampleType, long flags,
        int wakeupEvents, long config1, long config2) {

    /** {@code PERF_ATTR_SIZE_VER8}: the size with {@code config3}. */
    public static final int SIZE_VER8 = 136;

    public static final int TYPE_SOFTWARE = 1;
    public static final int TYPE_TRACEPOINT = 2;
    /** {@code PERF_COUNT_SW_BPF_OUTPUT}. */
    public static final long COUNT_SW_BPF_OUTPUT = 10;
    /** {@code PERF_SAMPLE_RAW}. */
    public static final long SAMPLE_RAW = 1L << 10;

    /** A tracepoint event of tracefs id {@code id}, as libbpf opens it for BPF (no sampling). */
    public static PerfEventAttr tracepoint(long id) {
        return new PerfEventAttr(TYPE_TRACEPOINT, id, 0, 0, 0, 0, 0, 0);
    }

    /** The {@code bpf_perf_event_output} target of a perf buffer: raw samples, a wake-up per record. */
    public static PerfEventAttr bpfOutput(int wakeupEvents) {
        return new PerfEventAttr(TYPE_SOFTWARE, COUNT_SW_BPF_OUTPUT, 1, SAMPLE_RAW, 0, wakeupEvents, 0, 0);
    }

    /**
     * A probe on a dynamic kprobe or uprobe PMU: {@code config1} is the address of the NUL-terminated function name
     * (kprobe) or binary path (uprobe), {@code config2} the offset; a return probe sets bit {@code retprobeBit} of
     * {@code config} (read from {@code /sys/bus/event_source/devices/<pmu>/format/retprobe}).
     */
    public static PerfEventAttr probe(int pmuType, boolean retprobe, int retprobeBit, long nameAddress,
            long offset) {
        return new PerfEventAttr(pmuType, retprobe ? 1L << retprobeBit : 0, 0, 0, 0, 0, nameAddress, offset);
    }

    /** The attribute as the kernel reads it: {@link #SIZE_VER8} bytes, native order. */
    public byte[] encode() {
        ByteBuffer b = ByteBuffer.allocate(SIZE_VER8).order(ByteOrder.nativeOrder());
        b.putInt(0, type);
        b.putInt(4, SIZE_VER8);
        b.putLong(8, config);
        b.putLong(16, samplePeriod);
        b.putLong(24, sampleType);
        b.putLong(40, flags);
        b.putInt(48, wakeupEvents);
        b.putLong(56, config1);
        b.putLong(64, config2);
        return b.array();
    }
}
