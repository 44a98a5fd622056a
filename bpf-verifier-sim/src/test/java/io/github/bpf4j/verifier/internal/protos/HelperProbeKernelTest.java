package io.github.bpf4j.verifier.internal.protos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Asks the running kernel again (testdata/verifier/helpers/probe.sh --check: ~24,000 tiny loads in one process,
 * a few seconds) and requires the same answers as the committed matrix.txt that HelperProtosTest checks the table
 * against, so a kernel that drifted from the recording is noticed.
 */
@Tag("kernel")
class HelperProbeKernelTest {

    @Test
    void theRunningKernelStillAnswersAsRecorded() throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("bpf4j.testdata", "../testdata"), "verifier", "helpers", "probe.sh");
        assumeTrue(Files.readString(Path.of("/proc/self/status")).lines()
                .anyMatch(l -> l.matches("Uid:\\s+0\\s.*")), "loading BPF programs needs root (CAP_BPF + CAP_PERFMON)");
        assumeTrue(Files.exists(Path.of("/sys/kernel/btf/vmlinux")), "kernel BTF /sys/kernel/btf/vmlinux missing");
        assumeTrue(Files.exists(Path.of("/usr/include/bpf/libbpf.h")), "libbpf-dev (libbpf.h) missing");
        assumeTrue(onPath("gcc"), "gcc missing (Debian package gcc)");
        assumeTrue(onPath("python3"), "python3 missing (Debian package python3)");
        assumeTrue(System.getProperty("os.version", "").startsWith("6.18"),
                "matrix.txt records Linux 6.18; this kernel is " + System.getProperty("os.version"));

        Process p = new ProcessBuilder("bash", script.toString(), "--check").redirectErrorStream(true).start();
        boolean done = p.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(done).as("probe.sh finished within 120 s").isTrue();
        assertThat(p.exitValue()).as("probe.sh --check: differences from matrix.txt:%n%s", out).isZero();
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
