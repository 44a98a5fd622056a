package io.github.bpf4j.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads the global-function and callback objects (testdata/build/verifier/*.o) on the live kernel again with
 * {@code loadlog obj --level 1} and checks that the recordings ObjectCorpusTest compares with are not stale: same
 * verdict, same level-1 log once map addresses are masked. Needs root (or CAP_BPF + CAP_PERFMON) and
 * testdata/build/tools/loadlog (testdata/build-tools.sh: gcc, libbpf-dev).
 */
@Tag("kernel")
class KernelObjectRecordingTest {

    @Test
    void recordingsMatchTheRunningKernel(@TempDir Path tmp) throws IOException, InterruptedException {
        Path loadlog = Corpus.testdata().resolve("build/tools/loadlog");
        assumeTrue(Files.isExecutable(loadlog), "loadlog not built: run testdata/build-tools.sh (gcc, libbpf-dev)");
        assumeTrue(Corpus.recordedOnThisKernel(), "the recordings were taken on another kernel release");
        Path recorded = Corpus.testdata().resolve("verifier/objects");
        List<String> stale = new ArrayList<>();
        try (Stream<Path> objects = Files.list(recorded)) {
            for (Path dir : objects.sorted().toList()) {
                String name = dir.getFileName().toString();
                Path out = tmp.resolve(name);
                Process p = new ProcessBuilder(loadlog.toString(), "obj",
                        Corpus.testdata().resolve("build/verifier/" + name + ".o").toString(), out.toString(),
                        "--level", "1").redirectOutput(tmp.resolve(name + ".out").toFile())
                        .redirectError(tmp.resolve(name + ".err").toFile()).start();
                assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("loadlog finished").isTrue();
                String err = Files.readString(tmp.resolve(name + ".err"));
                assumeTrue(!err.contains("EPERM") && !err.contains("Operation not permitted"),
                        "loading BPF programs needs root or CAP_BPF+CAP_PERFMON");
                try (Stream<Path> results = Files.list(dir)) {
                    for (Path r : results.filter(f -> f.toString().endsWith(".result")).sorted().toList()) {
                        String prog = r.getFileName().toString().replaceFirst("\\.result$", "");
                        String want = Files.readString(r).strip();
                        Path got = out.resolve(prog + ".result");
                        String have = Files.exists(got) ? Files.readString(got).strip() : "(none)";
                        String wantLog = CorpusDifferentialTest.masked(Files.readString(dir.resolve(prog + ".log")));
                        Path gotLog = out.resolve(prog + ".log");
                        String haveLog = Files.exists(gotLog) ? CorpusDifferentialTest.masked(Files.readString(gotLog))
                                : "";
                        if (!want.equals(have) || !wantLog.equals(haveLog)) {
                            stale.add(name + "/" + prog + ": recorded '" + want + "', kernel now '" + have + "'");
                        }
                    }
                }
            }
        }
        assertThat(stale).as("stale recordings (re-run testdata/verifier/record-objects.sh)").isEmpty();
    }
}
