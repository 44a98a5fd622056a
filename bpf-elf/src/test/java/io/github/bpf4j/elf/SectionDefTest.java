package io.github.bpf4j.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** libbpf 1.1's section-name rules ({@code sec_def_matches}, {@code find_sec_def}) and attach-target parsing. */
class SectionDefTest {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(nullValues = "-", value = {
        "socket, SOCKET_FILTER, -",
        "socket/extra, -, -",                      // exact pattern: nothing may follow
        "kprobe, KPROBE, -",
        "kprobe/do_sys_open, KPROBE, -",
        "kprobex, -, -",                            // 'type+' needs '/' or the end after the prefix
        "kprobe.multi/tcp_*, KPROBE, TRACE_KPROBE_MULTI",
        "uprobe.s, KPROBE, -",
        "usdt/libc:provider:name, KPROBE, -",
        "tracepoint/syscalls/sys_enter_openat, TRACEPOINT, -",
        "tp/sched/sched_switch, TRACEPOINT, -",
        "raw_tp/sys_enter, RAW_TRACEPOINT, -",
        "raw_tp.w/sys_enter, RAW_TRACEPOINT_WRITABLE, -",
        "tp_btf/sched_switch, TRACING, TRACE_RAW_TP",
        "fentry/do_unlinkat, TRACING, TRACE_FENTRY",
        "fexit.s/do_unlinkat, TRACING, TRACE_FEXIT",
        "fmod_ret/x, TRACING, MODIFY_RETURN",
        "freplace/f, EXT, -",
        "lsm/file_open, LSM, LSM_MAC",
        "lsm_cgroup/socket_bind, LSM, LSM_CGROUP",
        "iter/task, TRACING, TRACE_ITER",
        "syscall, SYSCALL, -",
        "xdp, XDP, XDP",
        "xdp/other, -, -",
        "xdp.frags, XDP, XDP",
        "xdp/devmap, XDP, XDP_DEVMAP",
        "xdp.frags/cpumap, XDP, XDP_CPUMAP",
        "tc, SCHED_CLS, -",
        "classifier, SCHED_CLS, -",
        "action, SCHED_ACT, -",
        "sk_skb/stream_verdict, SK_SKB, SK_SKB_STREAM_VERDICT",
        "sk_skb, SK_SKB, -",
        "sk_reuseport/migrate, SK_REUSEPORT, SK_REUSEPORT_SELECT_OR_MIGRATE",
        "cgroup_skb/ingress, CGROUP_SKB, CGROUP_INET_INGRESS",
        "cgroup/skb, CGROUP_SKB, -",
        "cgroup/sock, CGROUP_SOCK, CGROUP_INET_SOCK_CREATE",
        "cgroup/connect6, CGROUP_SOCK_ADDR, CGROUP_INET6_CONNECT",
        "cgroup/getsockopt, CGROUP_SOCKOPT, CGROUP_GETSOCKOPT",
        "cgroup/dev, CGROUP_DEVICE, CGROUP_DEVICE",
        "struct_ops/dctcp_init, STRUCT_OPS, -",
        "perf_event, PERF_EVENT, -",
        "flow_dissector, FLOW_DISSECTOR, FLOW_DISSECTOR",
        "sk_lookup, SK_LOOKUP, SK_LOOKUP",
        "?tc, SCHED_CLS, -",
        ".text, -, -",
        "my_section, -, -",
    })
    void sectionNames(String name, String progType, String attachType) {
        Optional<SectionDef> def = SectionDef.find(name);
        if (progType == null) {
            assertThat(def).as(name).isEmpty();
            return;
        }
        assertThat(def).as(name).isPresent();
        assertThat(def.get().progType()).isEqualTo(ProgType.valueOf(progType));
        assertThat(def.get().expectedAttachType())
                .isEqualTo(attachType == null ? null : AttachType.valueOf(attachType));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "kprobe/do_sys_open+0x10 | Kprobe[function=do_sys_open, offset=16, retprobe=false]",
        "kretprobe/do_sys_open | Kprobe[function=do_sys_open, offset=0, retprobe=true]",
        "uprobe//usr/lib/libc.so.6:malloc | Uprobe[binary=/usr/lib/libc.so.6, function=malloc, offset=0, retprobe=false]",
        "uretprobe/bash:readline | Uprobe[binary=bash, function=readline, offset=0, retprobe=true]",
        "tp/syscalls/sys_enter_write | Tracepoint[category=syscalls, name=sys_enter_write]",
        "raw_tracepoint/sched_switch | RawTracepoint[name=sched_switch]",
        "fentry/tcp_connect | Btf[name=tcp_connect]",
        "ksyscall/openat | Syscall[name=openat, retprobe=false]",
        "kprobe | -",
        "uprobe | -",
        "xdp | -",
    })
    void attachTargets(String section, String expected) {
        Optional<AttachTarget> t = AttachTarget.parse(section);
        if (expected.equals("-")) {
            assertThat(t).isEmpty();
        } else {
            assertThat(t).map(Object::toString).contains(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "kretprobe/f+8 | kretprobes do not support offset specification",
        "uprobe/bash | missing ':function[+offset]' specification",
        "uretprobe/bash:readline+4 | uretprobes do not support offset specification",
        "tracepoint/syscalls | expected tracepoint/<category>/<name>",
        "kprobe/+1 | kprobe name is invalid",
    })
    void malformedTargets(String section, String message) {
        assertThatThrownBy(() -> AttachTarget.parse(section)).isInstanceOf(AttachTarget.FormatException.class)
                .hasMessageContaining(message);
    }
}
