package io.github.bpf4j.elf;

/**
 * A BPF program type. The constants and numbers follow the kernel's {@code enum bpf_prog_type} in Linux 6.18, without the
 * {@code BPF_PROG_TYPE_} prefix.
 */
public enum ProgType {
    UNSPEC(0),
    SOCKET_FILTER(1),
    KPROBE(2),
    SCHED_CLS(3),
    SCHED_ACT(4),
    TRACEPOINT(5),
    XDP(6),
    PERF_EVENT(7),
    CGROUP_SKB(8),
    CGROUP_SOCK(9),
    LWT_IN(10),
    LWT_OUT(11),
    LWT_XMIT(12),
    SOCK_OPS(13),
    SK_SKB(14),
    CGROUP_DEVICE(15),
    SK_MSG(16),
    RAW_TRACEPOINT(17),
    CGROUP_SOCK_ADDR(18),
    LWT_SEG6LOCAL(19),
    LIRC_MODE2(20),
    SK_REUSEPORT(21),
    FLOW_DISSECTOR(22),
    CGROUP_SYSCTL(23),
    RAW_TRACEPOINT_WRITABLE(24),
    CGROUP_SOCKOPT(25),
    TRACING(26),
    STRUCT_OPS(27),
    EXT(28),
    LSM(29),
    SK_LOOKUP(30),
    SYSCALL(31),
    NETFILTER(32);

    private static final ProgType[] BY_CODE = new ProgType[33];

    static {
        for (ProgType t : values()) {
            BY_CODE[t.code] = t;
        }
    }

    private final int code;

    ProgType(int code) {
        this.code = code;
    }

    /** The kernel's number for this constant. */
    public int code() {
        return code;
    }

    /** The constant with this number, or {@code null}. */
    public static ProgType ofOrNull(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
    }
}
