package io.github.bpf4j.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The differential harness on the live kernel: 1,000 programs from the seeded random generator (a seed of its
 * own, not the committed set's), recorded by the running kernel and simulated. Issue bar: verdict agreement at
 * least 95% and exact agreement (verdict, errno, instruction, message) at least 90%; no simulator bug.
 */
@Tag("kernel")
class LiveRandomAgreementTest {

    static final int COUNT = 1000;
    static final long SEED = 20261122;

    @TempDir
    Path dir;

    @Test
    void thousandRandomProgramsAgreeWithTheKernel() throws IOException, InterruptedException {
        Path td = Corpus.testdata();
        assumeTrue(Files.isExecutable(td.resolve("build/tools/loadlog")),
                "loadlog not built: run testdata/build-tools.sh (gcc, libbpf-dev)");
        assumeTrue(isRoot(), "recording needs root (or CAP_BPF + CAP_PERFMON)");
        assumeTrue(onPath("python3"), "the generator needs python3");
        Process p = new ProcessBuilder("sh", td.resolve("verifier/record-random.sh").toString(),
                Long.toString(SEED), Integer.toString(COUNT), dir.toString()).inheritIO().start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("record-random.sh finished").isTrue();
        assertThat(p.exitValue()).as("record-random.sh exit code").isZero();

        Verifier v = Verifier.forKernel(KernelProfile.linux618(possibleCpus()));
        List<Corpus> programs = Corpus.all(dir);
        assertThat(programs).hasSize(COUNT);
        int verdict = 0;
        int exact = 0;
        StringBuilder diffs = new StringBuilder();
        for (Corpus c : programs) {
            Verdict sim = v.verify(c.input());
            assertThat(sim.internalBug()).as(c.name() + ": simulator bug").isNull();
            Verdict k = c.kernel();
            if (sim.accepted() == k.accepted()) {
                verdict++;
                if (sim.verdict().equals(k.verdict())) {
                    exact++;
                    continue;
                }
            }
            diffs.append(c.name()).append("\n  kernel: ").append(k.verdict()).append("\n  sim:    ")
                    .append(sim.verdict()).append('\n');
        }
        System.out.printf("live random (seed %d): %d programs, verdict %d, exact %d%n", SEED, COUNT, verdict, exact);
        assertThat(verdict).as("verdict agreement\n" + diffs).isGreaterThanOrEqualTo(COUNT * 95 / 100);
        assertThat(exact).as("exact agreement\n" + diffs).isGreaterThanOrEqualTo(COUNT * 90 / 100);
    }

    /** The kernel's nr_cpu_ids: the count of /sys/devices/system/cpu/possible (e.g. "0-1" is 2). */
    private static int possibleCpus() throws IOException {
        String spec = Files.readString(Path.of("/sys/devices/system/cpu/possible")).strip();
        int n = 0;
        for (String part : spec.split(",")) {
            String[] r = part.split("-");
            n += r.length == 1 ? 1 : Integer.parseInt(r[1]) - Integer.parseInt(r[0]) + 1;
        }
        return n;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }
}
