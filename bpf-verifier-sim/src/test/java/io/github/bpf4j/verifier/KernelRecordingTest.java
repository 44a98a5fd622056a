package io.github.bpf4j.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-runs the hand-written corpus on the live kernel (one {@code loadlog raw --batch} process) and checks that the
 * committed recordings are not stale: same verdict and errno, same level-1 log once map addresses are masked.
 * Needs root (or CAP_BPF + CAP_PERFMON) and testdata/build/tools/loadlog (built by testdata/build-tools.sh).
 */
@Tag("kernel")
class KernelRecordingTest {

    @Test
    void recordingsMatchTheRunningKernel(@TempDir Path tmp) throws IOException, InterruptedException {
        Path loadlog = Corpus.testdata().resolve("build/tools/loadlog");
        assumeTrue(Files.isExecutable(loadlog), "loadlog not built: run testdata/build-tools.sh (gcc, libbpf-dev)");
        assumeTrue(Files.exists(Path.of("/sys/fs/bpf")) || Files.exists(Path.of("/proc/sys/kernel/bpf_stats_enabled")),
                "kernel without BPF");
        List<Corpus> corpus = Corpus.all();
        StringBuilder batch = new StringBuilder();
        for (Corpus c : corpus) {
            batch.append(Corpus.dir().resolve(c.name() + ".bin")).append('\t').append("--type ")
                    .append(c.input().type().spelling());
            if (c.input().expectedAttachType() != null) {
                batch.append(" --expected-attach-type ").append(c.input().expectedAttachType());
            }
            if (c.input().attachBtf() != null) {
                batch.append(" --attach-btf-name ").append(c.input().attachBtf());
            }
            for (MapDef m : c.input().maps()) {
                batch.append(" --map ").append(m.notation());
            }
            batch.append(' ').append(tmp.resolve(c.name())).append('\n');
        }
        Path in = tmp.resolve("batch");
        Files.writeString(in, batch);
        Process p = new ProcessBuilder(loadlog.toString(), "raw", "--batch", "--level", "1")
                .redirectInput(in.toFile()).redirectOutput(tmp.resolve("out").toFile())
                .redirectError(tmp.resolve("err").toFile()).start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("loadlog finished").isTrue();
        String err = Files.readString(tmp.resolve("err"), StandardCharsets.UTF_8);
        assumeTrue(!err.contains("EPERM") && !err.contains("Operation not permitted"),
                "loading BPF programs needs root or CAP_BPF+CAP_PERFMON");
        List<String> stale = new ArrayList<>();
        for (Corpus c : corpus) {
            String want = Files.readString(Corpus.dir().resolve(c.name() + ".result")).strip();
            Path got = tmp.resolve(c.name() + ".result");
            String have = Files.exists(got) ? Files.readString(got).strip() : "(none)";
            String wantLog = CorpusDifferentialTest.masked(Files.readString(Corpus.dir().resolve(c.name() + ".log")));
            String haveLog = Files.exists(tmp.resolve(c.name() + ".log"))
                    ? CorpusDifferentialTest.masked(Files.readString(tmp.resolve(c.name() + ".log"))) : "";
            if (!want.equals(have) || !wantLog.equals(haveLog)) {
                stale.add(c.name() + ": recorded '" + want + "', kernel now '" + have + "'");
            }
        }
        assertThat(stale).as("stale recordings (re-run testdata/verifier/record.sh)").isEmpty();
    }
}
