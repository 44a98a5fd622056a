package io.github.bpf4j.verifier.internal.protos;

import java.util.Locale;

/**
 * The program types whose helper tables this package knows, in the kernel's lowercase spelling, each with the
 * expected attach type the table assumes (the one libbpf sets for the type's usual section; some
 * {@code get_func_proto} functions look at it). The live kernel was asked for exactly these (see
 * testdata/verifier/helpers/probe.c).
 *
 * <p>Left out: {@code lirc_mode2} (this kernel is built without CONFIG_BPF_LIRC_MODE2), {@code struct_ops},
 * {@code ext} and {@code lsm} (they need a BTF target; this kernel refuses lsm loads), and the fentry/fexit
 * flavours of {@code tracing} (refused here), which would add get_func_arg/get_func_ret/get_func_arg_cnt.
 */
public enum ProgTypeName {
    SOCKET_FILTER(1, null),
    KPROBE(2, null),
    SCHED_CLS(3, null),
    SCHED_ACT(4, null),
    TRACEPOINT(5, null),
    XDP(6, null),
    PERF_EVENT(7, null),
    CGROUP_SKB(8, "cgroup_inet_ingress"),
    CGROUP_SOCK(9, "cgroup_inet_sock_create"),
    LWT_IN(10, null),
    LWT_OUT(11, null),
    LWT_XMIT(12, null),
    SOCK_OPS(13, "cgroup_sock_ops"),
    SK_SKB(14, "sk_skb_stream_verdict"),
    CGROUP_DEVICE(15, "cgroup_device"),
    SK_MSG(16, "sk_msg_verdict"),
    RAW_TRACEPOINT(17, null),
    CGROUP_SOCK_ADDR(18, "cgroup_inet4_connect"),
    LWT_SEG6LOCAL(19, null),
    SK_REUSEPORT(21, "sk_reuseport_select"),
    FLOW_DISSECTOR(22, "flow_dissector"),
    CGROUP_SYSCTL(23, "cgroup_sysctl"),
    RAW_TRACEPOINT_WRITABLE(24, null),
    CGROUP_SOCKOPT(25, "cgroup_getsockopt"),
    /** BTF-enabled raw tracepoint ({@code tp_btf}): tracing with expected attach type {@code trace_raw_tp}. */
    TRACING(26, "trace_raw_tp"),
    SK_LOOKUP(30, "sk_lookup"),
    /** Loaded sleepable ({@code BPF_F_SLEEPABLE}), as libbpf loads {@code SEC("syscall")}. */
    SYSCALL(31, null),
    NETFILTER(32, "netfilter");

    private final int number;
    private final String attachType;

    ProgTypeName(int number, String attachType) {
        this.number = number;
        this.attachType = attachType;
    }

    /** {@code enum bpf_prog_type} number. */
    public int number() {
        return number;
    }

    /** The expected attach type the table assumes, kernel spelling without {@code BPF_}, or null (none). */
    public String attachType() {
        return attachType;
    }

    /** The kernel's lowercase spelling. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type spelled {@code spelling} ({@code sched_cls}).
     *
     * @throws IllegalArgumentException naming the spelling and the known ones
     */
    public static ProgTypeName of(String spelling) {
        for (ProgTypeName t : values()) {
            if (t.spelling().equals(spelling)) {
                return t;
            }
        }
        StringBuilder known = new StringBuilder();
        for (ProgTypeName t : values()) {
            known.append(known.length() == 0 ? "" : ", ").append(t.spelling());
        }
        throw new IllegalArgumentException("unknown program type '" + spelling + "' (known: " + known + ")");
    }

    /** The type of the simulator's public {@link io.github.bpf4j.verifier.ProgType}. */
    public static ProgTypeName of(io.github.bpf4j.verifier.ProgType type) {
        return of(type.spelling());
    }
}
