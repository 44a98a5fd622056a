package io.github.bpf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code bpf4j demo} without the privileges to trace: run by root through {@code setpriv} with every capability
 * dropped, it still shows the offline part, names the missing capabilities and exits 0; {@code bpf4j run} and
 * {@code bpf4j features} exit 1.
 */
@Tag("tool")
class DemoUnprivilegedTest {

    static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    static String[] dropped(String... args) {
        String[] cmd = new String[args.length + 3];
        cmd[0] = SETPRIV.toString();
        cmd[1] = "--bounding-set=-all";
        cmd[2] = "--inh-caps=-all";
        System.arraycopy(args, 0, cmd, 3, args.length);
        return cmd;
    }

    static void assumeSetpriv() {
        assumeTrue(Files.isExecutable(SETPRIV), "setpriv is not installed (Debian package util-linux)");
        assumeTrue(ExampleRun.privilegeProblem().isEmpty(), "the test must start privileged to drop privileges");
    }

    @Test
    void demoShowsTheOfflinePartAndNamesTheMissingCapabilities() throws Exception {
        assumeSetpriv();
        try (CliProcess cli = CliProcess.startWith(dropped(), "demo")) {
            assertThat(cli.awaitExit(60)).as(cli.err()).isZero();
            assertThat(cli.lines()).contains("As the kernel's verifier log prints it:", "  61: (95) exit",
                    "live part skipped: tracing needs CAP_BPF + CAP_PERFMON, or root: this process lacks CAP_BPF "
                            + "and CAP_PERFMON");
            assertThat(cli.lines()).noneMatch(l -> l.startsWith("PID"));
        }
    }

    @Test
    void featuresSayWhatProbingNeeds() throws Exception {
        assumeSetpriv();
        try (CliProcess cli = CliProcess.startWith(dropped(), "features")) {
            assertThat(cli.awaitExit(60)).isEqualTo(1);
            assertThat(cli.err()).contains("bpf4j: features: the kernel refused a probe with EPERM: probing needs "
                    + "root or CAP_BPF");
            assertThat(cli.lines()).isEmpty();
        }
    }

    @Test
    void runRefusesWithTheMissingCapabilities() throws Exception {
        assumeSetpriv();
        try (CliProcess cli = CliProcess.startWith(dropped(), "run", "writetrack", "--duration", "1")) {
            assertThat(cli.awaitExit(60)).isEqualTo(1);
            assertThat(cli.err()).contains("bpf4j: writetrack: tracing needs CAP_BPF + CAP_PERFMON, or root");
        }
    }
}
