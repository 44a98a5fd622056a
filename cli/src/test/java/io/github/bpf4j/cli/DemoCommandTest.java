package io.github.bpf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The offline part of {@code bpf4j demo} and the usage of {@code bpf4j run}: no kernel needed. */
class DemoCommandTest {

    /** One in-process run, as the command-line contract tests make it. */
    static CommandLineTest.Run run(String... args) {
        return CommandLineTest.run(args);
    }

    @Test
    void offlineDemoPrintsSummaryListingExplanationAndSimulatorLine() {
        CommandLineTest.Run r = run("demo", "--offline");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("execsnoop, assembled by bpf4j from examples/execsnoop.s (no clang involved)")
                .contains("  section     tracepoint/syscalls/sys_enter_execve")
                .contains("  helpers     bpf_get_current_pid_tgid, bpf_get_current_uid_gid, bpf_get_current_task, "
                        + "bpf_probe_read_kernel, bpf_get_current_comm, bpf_probe_read_user_str, "
                        + "bpf_perf_event_output")
                .contains("  maps        events (perf event array")
                .contains("  license     GPL")
                .contains("As the kernel's verifier log prints it:")
                .contains("  0: (bf) r6 = r1")
                .contains("(85) call bpf_probe_read_user_str#114")
                .contains("(85) call bpf_perf_event_output#25")
                .contains("  61: (95) exit")
                .contains("ppid from task->real_parent->tgid read with bpf_probe_read_kernel")
                .containsPattern("offline check(?: \\(bpf-verifier-sim, Linux 6.18\\): accepted|: simulator not "
                        + "ready for this program \\()")
                .doesNotContain("PID     PPID");
        // the task_struct offsets are CO-RE relocated against the kernel's BTF: the listing shows numbers
        assertThat(r.out()).containsPattern("  29: \\(07\\) r3 \\+= \\d+\n")
                .containsPattern("  offsets     task_struct.real_parent \\d+, task_struct.tgid \\d+, "
                        + "trace_event_raw_sys_enter.args\\[0\\] \\d+ \\(CO-RE relocations");
    }

    @Test
    void listNamesEveryExample() {
        CommandLineTest.Run r = run("run", "--list");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().map(l -> l.split(" ")[0]))
                .containsExactly("execsnoop", "execsnoop-ringbuf", "writetrack", "uprobe-add");
    }

    @Test
    void unknownExampleIsUsageError() {
        CommandLineTest.Run r = run("run", "nope");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("bpf4j: no example 'nope': the bundled ones are execsnoop, execsnoop-ringbuf, "
                + "writetrack, uprobe-add");
    }

    @Test
    void noExampleIsUsageError() {
        CommandLineTest.Run r = run("run");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("name an example to run");
    }

    @Test
    void uprobeAddWithoutBinaryIsUsageError() {
        CommandLineTest.Run r = run("run", "uprobe-add", "--duration", "1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("uprobe-add needs --binary PATH");
    }

    @Test
    void uprobeAddWithMissingBinaryIsUsageError() {
        CommandLineTest.Run r = run("run", "uprobe-add", "--binary", "/nonexistent/add", "--duration", "1");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--binary /nonexistent/add: no such file");
    }

    @Test
    void nonPositiveDurationIsUsageError() {
        CommandLineTest.Run r = run("demo", "--duration", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--duration must be a positive number of seconds, not 0");
        assertThat(run("run", "writetrack", "--duration", "-3").code()).isEqualTo(2);
    }

    @Test
    void helpNamesTheCommands() {
        assertThat(run("run", "--help").out()).contains("Usage: bpf4j run");
        assertThat(run("demo", "--help").out()).contains("--offline", "--duration");
    }
}
