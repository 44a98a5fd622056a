package io.github.bpf4j.elf;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an ELF section name says about the programs in it: program type, expected attach type and load flags. The
 * table mirrors libbpf 1.1's {@code section_defs} (libbpf.c), and so do the matching rules
 * ({@code sec_def_matches}): a pattern ending in {@code /} matches names with that prefix; a pattern ending in
 * {@code +} matches the bare name or the name followed by {@code /} and anything; any other pattern matches only
 * itself. The first match in table order wins. A leading {@code ?} (program not loaded by default) is stripped
 * first. (libbpf 1.0 removed the older "sloppy" prefix matching, {@code SEC_SLOPPY_PFX}; 1.1 has none.)
 *
 * @param pattern            the table entry, e.g. {@code "kprobe+"}
 * @param progType           the program type
 * @param expectedAttachType the attach type libbpf passes at load, or {@code null} where libbpf passes 0
 * @param flags              libbpf's {@code sec_def_flags}
 */
public record SectionDef(String pattern, ProgType progType, AttachType expectedAttachType, Set<Flag> flags) {

    /** libbpf's {@code enum sec_def_flags}. */
    public enum Flag {
        /** The expected attach type may be dropped on kernels that do not know it. */
        EXP_ATTACH_OPT,
        /** Historically attached with {@code BPF_PROG_ATTACH}. */
        ATTACHABLE,
        /** The attach target is a BTF id named after the {@code /}. */
        ATTACH_BTF,
        /** Loaded with {@code BPF_F_SLEEPABLE}. */
        SLEEPABLE,
        /** Loaded with {@code BPF_F_XDP_HAS_FRAGS}. */
        XDP_FRAGS
    }

    /** {@code BPF_F_SLEEPABLE}. */
    public static final int F_SLEEPABLE = 1 << 4;
    /** {@code BPF_F_XDP_HAS_FRAGS}. */
    public static final int F_XDP_HAS_FRAGS = 1 << 5;

    private static final List<SectionDef> TABLE = List.of(
        new SectionDef("socket", ProgType.SOCKET_FILTER, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("sk_reuseport/migrate", ProgType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT_OR_MIGRATE, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("sk_reuseport", ProgType.SK_REUSEPORT, AttachType.SK_REUSEPORT_SELECT, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("kprobe+", ProgType.KPROBE, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("uprobe+", ProgType.KPROBE, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("uprobe.s+", ProgType.KPROBE, null, EnumSet.of(Flag.SLEEPABLE)),
        new SectionDef("kretprobe+", ProgType.KPROBE, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("uretprobe+", ProgType.KPROBE, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("uretprobe.s+", ProgType.KPROBE, null, EnumSet.of(Flag.SLEEPABLE)),
        new SectionDef("kprobe.multi+", ProgType.KPROBE, AttachType.TRACE_KPROBE_MULTI, EnumSet.noneOf(Flag.class)),
        new SectionDef("kretprobe.multi+", ProgType.KPROBE, AttachType.TRACE_KPROBE_MULTI, EnumSet.noneOf(Flag.class)),
        new SectionDef("ksyscall+", ProgType.KPROBE, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("kretsyscall+", ProgType.KPROBE, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("usdt+", ProgType.KPROBE, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("tc", ProgType.SCHED_CLS, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("classifier", ProgType.SCHED_CLS, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("action", ProgType.SCHED_ACT, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("tracepoint+", ProgType.TRACEPOINT, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("tp+", ProgType.TRACEPOINT, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("raw_tracepoint+", ProgType.RAW_TRACEPOINT, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("raw_tp+", ProgType.RAW_TRACEPOINT, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("raw_tracepoint.w+", ProgType.RAW_TRACEPOINT_WRITABLE, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("raw_tp.w+", ProgType.RAW_TRACEPOINT_WRITABLE, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("tp_btf+", ProgType.TRACING, AttachType.TRACE_RAW_TP, EnumSet.of(Flag.ATTACH_BTF)),
        new SectionDef("fentry+", ProgType.TRACING, AttachType.TRACE_FENTRY, EnumSet.of(Flag.ATTACH_BTF)),
        new SectionDef("fmod_ret+", ProgType.TRACING, AttachType.MODIFY_RETURN, EnumSet.of(Flag.ATTACH_BTF)),
        new SectionDef("fexit+", ProgType.TRACING, AttachType.TRACE_FEXIT, EnumSet.of(Flag.ATTACH_BTF)),
        new SectionDef("fentry.s+", ProgType.TRACING, AttachType.TRACE_FENTRY, EnumSet.of(Flag.ATTACH_BTF, Flag.SLEEPABLE)),
        new SectionDef("fmod_ret.s+", ProgType.TRACING, AttachType.MODIFY_RETURN, EnumSet.of(Flag.ATTACH_BTF, Flag.SLEEPABLE)),
        new SectionDef("fexit.s+", ProgType.TRACING, AttachType.TRACE_FEXIT, EnumSet.of(Flag.ATTACH_BTF, Flag.SLEEPABLE)),
        new SectionDef("freplace+", ProgType.EXT, null, EnumSet.of(Flag.ATTACH_BTF)),
        new SectionDef("lsm+", ProgType.LSM, AttachType.LSM_MAC, EnumSet.of(Flag.ATTACH_BTF)),
        new SectionDef("lsm.s+", ProgType.LSM, AttachType.LSM_MAC, EnumSet.of(Flag.ATTACH_BTF, Flag.SLEEPABLE)),
        new SectionDef("lsm_cgroup+", ProgType.LSM, AttachType.LSM_CGROUP, EnumSet.of(Flag.ATTACH_BTF)),
        new SectionDef("iter+", ProgType.TRACING, AttachType.TRACE_ITER, EnumSet.of(Flag.ATTACH_BTF)),
        new SectionDef("iter.s+", ProgType.TRACING, AttachType.TRACE_ITER, EnumSet.of(Flag.ATTACH_BTF, Flag.SLEEPABLE)),
        new SectionDef("syscall", ProgType.SYSCALL, null, EnumSet.of(Flag.SLEEPABLE)),
        new SectionDef("xdp.frags/devmap", ProgType.XDP, AttachType.XDP_DEVMAP, EnumSet.of(Flag.XDP_FRAGS)),
        new SectionDef("xdp/devmap", ProgType.XDP, AttachType.XDP_DEVMAP, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("xdp.frags/cpumap", ProgType.XDP, AttachType.XDP_CPUMAP, EnumSet.of(Flag.XDP_FRAGS)),
        new SectionDef("xdp/cpumap", ProgType.XDP, AttachType.XDP_CPUMAP, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("xdp.frags", ProgType.XDP, AttachType.XDP, EnumSet.of(Flag.XDP_FRAGS)),
        new SectionDef("xdp", ProgType.XDP, AttachType.XDP, EnumSet.of(Flag.ATTACHABLE, Flag.EXP_ATTACH_OPT)),
        new SectionDef("perf_event", ProgType.PERF_EVENT, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("lwt_in", ProgType.LWT_IN, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("lwt_out", ProgType.LWT_OUT, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("lwt_xmit", ProgType.LWT_XMIT, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("lwt_seg6local", ProgType.LWT_SEG6LOCAL, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("sockops", ProgType.SOCK_OPS, AttachType.CGROUP_SOCK_OPS, EnumSet.of(Flag.ATTACHABLE, Flag.EXP_ATTACH_OPT)),
        new SectionDef("sk_skb/stream_parser", ProgType.SK_SKB, AttachType.SK_SKB_STREAM_PARSER, EnumSet.of(Flag.ATTACHABLE, Flag.EXP_ATTACH_OPT)),
        new SectionDef("sk_skb/stream_verdict", ProgType.SK_SKB, AttachType.SK_SKB_STREAM_VERDICT, EnumSet.of(Flag.ATTACHABLE, Flag.EXP_ATTACH_OPT)),
        new SectionDef("sk_skb", ProgType.SK_SKB, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("sk_msg", ProgType.SK_MSG, AttachType.SK_MSG_VERDICT, EnumSet.of(Flag.ATTACHABLE, Flag.EXP_ATTACH_OPT)),
        new SectionDef("lirc_mode2", ProgType.LIRC_MODE2, AttachType.LIRC_MODE2, EnumSet.of(Flag.ATTACHABLE, Flag.EXP_ATTACH_OPT)),
        new SectionDef("flow_dissector", ProgType.FLOW_DISSECTOR, AttachType.FLOW_DISSECTOR, EnumSet.of(Flag.ATTACHABLE, Flag.EXP_ATTACH_OPT)),
        new SectionDef("cgroup_skb/ingress", ProgType.CGROUP_SKB, AttachType.CGROUP_INET_INGRESS, EnumSet.of(Flag.ATTACHABLE, Flag.EXP_ATTACH_OPT)),
        new SectionDef("cgroup_skb/egress", ProgType.CGROUP_SKB, AttachType.CGROUP_INET_EGRESS, EnumSet.of(Flag.ATTACHABLE, Flag.EXP_ATTACH_OPT)),
        new SectionDef("cgroup/skb", ProgType.CGROUP_SKB, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("cgroup/sock_create", ProgType.CGROUP_SOCK, AttachType.CGROUP_INET_SOCK_CREATE, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("cgroup/sock_release", ProgType.CGROUP_SOCK, AttachType.CGROUP_INET_SOCK_RELEASE, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("cgroup/sock", ProgType.CGROUP_SOCK, AttachType.CGROUP_INET_SOCK_CREATE, EnumSet.of(Flag.ATTACHABLE, Flag.EXP_ATTACH_OPT)),
        new SectionDef("cgroup/post_bind4", ProgType.CGROUP_SOCK, AttachType.CGROUP_INET4_POST_BIND, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("cgroup/post_bind6", ProgType.CGROUP_SOCK, AttachType.CGROUP_INET6_POST_BIND, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("cgroup/bind4", ProgType.CGROUP_SOCK_ADDR, AttachType.CGROUP_INET4_BIND, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("cgroup/bind6", ProgType.CGROUP_SOCK_ADDR, AttachType.CGROUP_INET6_BIND, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("cgroup/connect4", ProgType.CGROUP_SOCK_ADDR, AttachType.CGROUP_INET4_CONNECT, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("cgroup/connect6", ProgType.CGROUP_SOCK_ADDR, AttachType.CGROUP_INET6_CONNECT, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("cgroup/sendmsg4", ProgType.CGROUP_SOCK_ADDR, AttachType.CGROUP_UDP4_SENDMSG, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("cgroup/sendmsg6", ProgType.CGROUP_SOCK_ADDR, AttachType.CGROUP_UDP6_SENDMSG, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("cgroup/recvmsg4", ProgType.CGROUP_SOCK_ADDR, AttachType.CGROUP_UDP4_RECVMSG, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("cgroup/recvmsg6", ProgType.CGROUP_SOCK_ADDR, AttachType.CGROUP_UDP6_RECVMSG, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("cgroup/getpeername4", ProgType.CGROUP_SOCK_ADDR, AttachType.CGROUP_INET4_GETPEERNAME, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("cgroup/getpeername6", ProgType.CGROUP_SOCK_ADDR, AttachType.CGROUP_INET6_GETPEERNAME, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("cgroup/getsockname4", ProgType.CGROUP_SOCK_ADDR, AttachType.CGROUP_INET4_GETSOCKNAME, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("cgroup/getsockname6", ProgType.CGROUP_SOCK_ADDR, AttachType.CGROUP_INET6_GETSOCKNAME, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("cgroup/sysctl", ProgType.CGROUP_SYSCTL, AttachType.CGROUP_SYSCTL, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("cgroup/getsockopt", ProgType.CGROUP_SOCKOPT, AttachType.CGROUP_GETSOCKOPT, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("cgroup/setsockopt", ProgType.CGROUP_SOCKOPT, AttachType.CGROUP_SETSOCKOPT, EnumSet.of(Flag.ATTACHABLE)),
        new SectionDef("cgroup/dev", ProgType.CGROUP_DEVICE, AttachType.CGROUP_DEVICE, EnumSet.of(Flag.ATTACHABLE, Flag.EXP_ATTACH_OPT)),
        new SectionDef("struct_ops+", ProgType.STRUCT_OPS, null, EnumSet.noneOf(Flag.class)),
        new SectionDef("sk_lookup", ProgType.SK_LOOKUP, AttachType.SK_LOOKUP, EnumSet.of(Flag.ATTACHABLE)));

    public SectionDef {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(progType, "progType");
        flags = Collections.unmodifiableSet(flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags));
    }

    /** libbpf 1.1's table, in matching order. */
    public static List<SectionDef> table() {
        return TABLE;
    }

    /** The definition for a section name ({@code find_sec_def}), or empty when libbpf would not know the type. */
    public static Optional<SectionDef> find(String sectionName) {
        String name = sectionName.startsWith("?") ? sectionName.substring(1) : sectionName;
        for (SectionDef d : TABLE) {
            if (d.matches(name)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Whether this definition matches a section name (without the leading {@code ?}). */
    public boolean matches(String name) {
        int len = pattern.length();
        char last = pattern.charAt(len - 1);
        if (last == '/') {
            return name.startsWith(pattern);
        }
        if (last == '+') {
            String base = pattern.substring(0, len - 1);
            return name.startsWith(base) && (name.length() == base.length() || name.charAt(base.length()) == '/');
        }
        return name.equals(pattern);
    }

    /** The {@code prog_flags} libbpf adds at load ({@code libbpf_prepare_prog_load}). */
    public int progFlags() {
        int f = 0;
        if (flags.contains(Flag.SLEEPABLE)) {
            f |= F_SLEEPABLE;
        }
        if (progType == ProgType.XDP && flags.contains(Flag.XDP_FRAGS)) {
            f |= F_XDP_HAS_FRAGS;
        }
        return f;
    }

    /** The attach type number passed to the kernel at load (0 where libbpf passes none). */
    public int expectedAttachTypeCode() {
        return expectedAttachType == null ? 0 : expectedAttachType.code();
    }
}
