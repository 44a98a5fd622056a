package io.github.bpf4j.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The simulator against the live kernel's recorded verdicts (testdata/verifier: the hand-written corpus and the
 * committed random set, recorded by record.sh and record-random.sh on Linux 6.18). Offline.
 */
class CorpusDifferentialTest {

    private static final Verifier VERIFIER = Verifier.forKernel(Corpus.profile());
    /** The corpus without the {@code btf_*} programs, which need this kernel's BTF (KernelBtfCorpusTest). */
    private static final List<Corpus> CORPUS = Corpus.all().stream().filter(c -> !c.needsKernelBtf()).toList();
    private static final List<Corpus> RANDOM = Corpus.all(Corpus.testdata().resolve("verifier/random"));

    static Stream<Arguments> corpus() {
        return CORPUS.stream().map(c -> Arguments.of(Named.of(c.name(), c)));
    }

    static Stream<Arguments> random() {
        return RANDOM.stream().map(c -> Arguments.of(Named.of(c.name(), c)));
    }

    /** Every program: same verdict, errno, failing instruction and message as the kernel. */
    @ParameterizedTest(name = "{0}")
    @MethodSource({"corpus", "random"})
    void sameVerdictAsTheKernel(Corpus c) {
        Verdict sim = VERIFIER.verify(c.input());
        assertThat(sim.internalBug()).as("internal bug").isNull();
        assertThat(sim.accepted()).as("accepted").isEqualTo(c.kernel().accepted());
        assertThat(sim.verdict()).isEqualTo(c.kernel().verdict());
    }

    private record Score(int programs, int accepted, int verdicts, int exact, int processedWithin10, int logs) {}

    private static Score score(List<Corpus> set) {
        int acc = 0;
        int verdicts = 0;
        int exact = 0;
        int within = 0;
        int logs = 0;
        for (Corpus c : set) {
            Verdict sim = VERIFIER.verify(c.input());
            Verdict k = c.kernel();
            if (sim.accepted() == k.accepted() && sim.internalBug() == null) {
                verdicts++;
            }
            if (sim.verdict().equals(k.verdict())) {
                exact++;
            }
            if (k.accepted()) {
                acc++;
                if (sim.processed() != null && k.processed() != null
                        && Math.abs(sim.processed() - k.processed()) <= k.processed() / 10) {
                    within++;
                }
            }
            if (masked(sim.log()).equals(masked(k.log()))) {
                logs++;
            }
        }
        return new Score(set.size(), acc, verdicts, exact, within, logs);
    }

    /** Map pointers print as kernel addresses, which no offline tool can know. */
    static String masked(String log) {
        return log.replaceAll("(\\(18\\) r\\d{1,2} = )0xffff[0-9a-f]{12}", "$10xffff000000000000");
    }

    /** The bar of the corpus: size, mix, coverage of messages, and the agreement figures. */
    @Test
    void corpusMeetsTheBar() {
        Score s = score(CORPUS);
        List<String> templates = new ArrayList<>();
        for (Corpus c : CORPUS) {
            if (!c.kernel().accepted() && c.kernel().message() != null) {
                String t = c.kernel().message().replaceAll("-?\\b(0x)?[0-9a-f]*[0-9][0-9a-f]*\\b", "N");
                if (!templates.contains(t)) {
                    templates.add(t);
                }
            }
        }
        assertThat(s.programs()).isGreaterThanOrEqualTo(250);
        assertThat(s.accepted()).isGreaterThanOrEqualTo(60);
        assertThat(templates).hasSizeGreaterThanOrEqualTo(50);
        assertThat(s.verdicts()).isEqualTo(s.programs());
        assertThat(s.exact()).isGreaterThanOrEqualTo((int) Math.ceil(s.programs() * 0.97));
        assertThat(s.processedWithin10()).isEqualTo(s.accepted());
        assertThat(s.logs()).as("level-1 logs equal after masking map addresses")
                .isGreaterThanOrEqualTo((int) Math.ceil(s.programs() * 0.95));
    }

    /** The committed random set (seed 1): the same bar. */
    @Test
    void randomSetMeetsTheBar() {
        Score s = score(RANDOM);
        assertThat(s.programs()).isGreaterThanOrEqualTo(400);
        assertThat(s.verdicts()).isEqualTo(s.programs());
        assertThat(s.exact()).isGreaterThanOrEqualTo((int) Math.ceil(s.programs() * 0.97));
        assertThat(s.processedWithin10()).isEqualTo(s.accepted());
    }

    static Path randomDir() {
        return Corpus.testdata().resolve("verifier/random");
    }
}
