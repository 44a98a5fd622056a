package io.github.bpf4j.verifier;

import java.util.Locale;

/** Program types the simulator knows ({@code enum bpf_prog_type}, kernel numbering). */
public enum ProgType {
    SOCKET_FILTER(1),
    KPROBE(2),
    SCHED_CLS(3),
    SCHED_ACT(4),
    TRACEPOINT(5),
    XDP(6),
    PERF_EVENT(7),
    CGROUP_SKB(8),
    CGROUP_SOCK(9),
    CGROUP_DEVICE(15),
    RAW_TRACEPOINT(17),
    /** BTF-typed tracing; only {@code tp_btf} (expected attach type {@code trace_raw_tp}) is simulated. */
    TRACING(26);

    private final int number;

    ProgType(int number) {
        this.number = number;
    }

    /** The kernel's number. */
    public int number() {
        return number;
    }

    /** The lowercase kernel spelling, as libbpf and bpftool write it ({@code socket_filter}). */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type of a lowercase kernel spelling.
     *
     * @throws IllegalArgumentException naming the spelling when it is not a known type
     */
    public static ProgType of(String spelling) {
        for (ProgType t : values()) {
            if (t.spelling().equals(spelling)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown program type '" + spelling + "' (known: socket_filter, kprobe, "
                + "sched_cls, sched_act, tracepoint, xdp, perf_event, cgroup_skb, cgroup_sock, cgroup_device, "
                + "raw_tracepoint, tracing)");
    }
}
