package io.github.bpf4j.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code btf_*} corpus programs (tp_btf contexts, PTR_TO_BTF_ID walks, BTF-typed helpers) against the live
 * kernel's recorded verdicts. Their verdicts and logs name the type ids of the recording kernel's BTF, so they are
 * simulated with /sys/kernel/btf/vmlinux and only on that kernel (kernel.properties {@code release}). Offline
 * otherwise: no program is loaded.
 */
@Tag("kernel")
class KernelBtfCorpusTest {

    private static final List<Corpus> BTF = Corpus.all().stream().filter(Corpus::needsKernelBtf).toList();

    static Stream<Arguments> btfCorpus() {
        return BTF.stream().map(c -> Arguments.of(Named.of(c.name(), c)));
    }

    private static Verifier verifier() {
        Optional<KernelProfile> p = Corpus.profileWithKernelBtf();
        assumeTrue(p.isPresent(), "kernel BTF of the recording kernel: /sys/kernel/btf/vmlinux missing or the "
                + "running kernel is not the release in testdata/verifier/kernel.properties");
        return Verifier.forKernel(p.get());
    }

    /** Same verdict, errno, failing instruction and message as the kernel, and the same processed count. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("btfCorpus")
    void sameVerdictAsTheKernel(Corpus c) {
        Verdict sim = verifier().verify(c.input());
        assertThat(sim.internalBug()).as("internal bug").isNull();
        assertThat(sim.verdict()).isEqualTo(c.kernel().verdict());
        assertThat(sim.processed()).as("processed").isEqualTo(c.kernel().processed());
    }

    /** The set is a real one: accepted and rejected programs, and the logs agree line for line. */
    @Test
    void btfCorpusMeetsTheBar() {
        Verifier v = verifier();
        int accepted = 0;
        int logs = 0;
        for (Corpus c : BTF) {
            Verdict sim = v.verify(c.input());
            accepted += c.kernel().accepted() ? 1 : 0;
            if (CorpusDifferentialTest.masked(sim.log()).equals(CorpusDifferentialTest.masked(c.kernel().log()))) {
                logs++;
            }
        }
        assertThat(BTF.size()).isGreaterThanOrEqualTo(80);
        assertThat(accepted).isGreaterThanOrEqualTo(30);
        assertThat(logs).as("level-1 logs equal").isEqualTo(BTF.size());
    }
}
