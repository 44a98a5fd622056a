package io.github.bpf4j.sys;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.elf.MapType;
import io.github.bpf4j.elf.ProgType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Answers checked against what this kernel (6.18, no kprobes, no trampolines) is known to do. */
@Tag("kernel")
class FeaturesKernelTest {

    @BeforeEach
    void kernel() {
        KernelSupport.assumeTracefs();
    }

    @Test
    void programTypes() {
        for (ProgType t : new ProgType[] {ProgType.SOCKET_FILTER, ProgType.KPROBE, ProgType.TRACEPOINT, ProgType.XDP,
                ProgType.RAW_TRACEPOINT, ProgType.CGROUP_SKB, ProgType.SCHED_CLS, ProgType.TRACING,
                ProgType.CGROUP_SOCK_ADDR, ProgType.SK_LOOKUP, ProgType.SYSCALL}) {
            assertThat(Features.progType(t)).as(t.name()).isTrue();
        }
        assertThat(Features.progType(ProgType.UNSPEC)).isFalse();
    }

    @Test
    void mapTypes() {
        for (MapType t : new MapType[] {MapType.HASH, MapType.ARRAY, MapType.PERCPU_HASH, MapType.RINGBUF,
                MapType.QUEUE, MapType.LPM_TRIE, MapType.BLOOM_FILTER, MapType.HASH_OF_MAPS, MapType.STACK_TRACE,
                MapType.PERF_EVENT_ARRAY, MapType.TASK_STORAGE}) {
            assertThat(Features.mapType(t)).as(t.name()).isTrue();
        }
        assertThat(Features.mapType(MapType.UNSPEC)).isFalse();
    }

    @Test
    void helpersPerProgramType() {
        assertThat(Features.helper(ProgType.TRACEPOINT, 14)).as("get_current_pid_tgid in tracepoints").isTrue();
        assertThat(Features.helper(ProgType.XDP, 25)).as("perf_event_output in XDP").isTrue();
        // Since Linux 6.10 bpf_get_current_pid_tgid is a base helper, allowed everywhere.
        assertThat(Features.helper(ProgType.SOCKET_FILTER, 14)).as("get_current_pid_tgid in socket filters")
                .isTrue();
        assertThat(Features.helper(ProgType.SOCKET_FILTER, 56)).as("perf_prog_read_value in socket filters")
                .isFalse();
        assertThat(Features.helper(ProgType.PERF_EVENT, 56)).as("perf_prog_read_value in perf_event programs")
                .isTrue();
        assertThat(Features.helper(ProgType.SOCKET_FILTER, 100_000)).as("no helper 100000").isFalse();
    }

    /** Linux 6.18 has every one of them. */
    @Test
    void verifierAndInstructionSet() {
        for (Features.Misc m : Features.Misc.values()) {
            assertThat(Features.misc(m)).as(m.name()).isTrue();
        }
    }

    @Test
    void sysctlsAndConfig() {
        assertThat(KernelFacts.sysctl("kernel.unprivileged_bpf_disabled")).isPresent();
        assertThat(KernelFacts.sysctl("kernel.no_such_sysctl")).isEmpty();
        // a number of several digits read whole (a byte-at-a-time read of a sysctl stops after the first)
        assertThat(KernelFacts.sysctl("kernel.pid_max").orElseThrow()).isGreaterThanOrEqualTo(301);
        assertThat(KernelFacts.configs()).containsEntry("CONFIG_BPF_SYSCALL", "y");
        assertThat(KernelFacts.config("CONFIG_BPF_SYSCALL")).contains("y");
        assertThat(KernelFacts.config("CONFIG_NO_SUCH_OPTION")).isEmpty();
    }

    /** A struct_ops program needs its target before the verifier looks at it: its helpers cannot be probed. */
    @Test
    void helpersOfTypesThatNeedATargetAreNotProbed() {
        assertThat(Features.helpersProbeable(ProgType.XDP)).isTrue();
        assertThat(Features.helpersProbeable(ProgType.SYSCALL)).as("loaded as sleepable").isTrue();
        assertThat(Features.helper(ProgType.SYSCALL, 1)).as("map_lookup_elem in syscall programs").isTrue();
        assertThat(Features.progType(ProgType.STRUCT_OPS)).isTrue();
        assertThat(Features.helpersProbeable(ProgType.STRUCT_OPS)).isFalse();
        assertThat(Features.helper(ProgType.STRUCT_OPS, 1)).isFalse();
    }

    @Test
    void attachKindsOfThisKernel() {
        assertThat(Features.attach(Features.AttachKind.TRACEPOINT)).isTrue();
        assertThat(Features.attach(Features.AttachKind.RAW_TRACEPOINT)).isTrue();
        assertThat(Features.attach(Features.AttachKind.TP_BTF)).isTrue();
        assertThat(Features.attach(Features.AttachKind.UPROBE)).isTrue();
        assertThat(Features.attach(Features.AttachKind.PERF_EVENT_LINK)).isTrue();
        assertThat(Features.attach(Features.AttachKind.KPROBE))
                .isEqualTo(KernelFacts.kprobeUnavailableReason() == null);
        boolean trampolinesRefused = KernelFacts.config("CONFIG_KPROBES").orElse("").equals("n")
                && KernelFacts.lockdown() != null;
        if (trampolinesRefused) {
            assertThat(Features.attach(Features.AttachKind.FENTRY)).isFalse();
        }
    }
}
