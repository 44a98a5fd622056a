package io.github.bpf4j.verifier;

import java.util.List;

/** Prints the simulator's agreement with the recorded kernel over the corpus (a development aid, run by hand). */
final class CorpusReport {
    public static void main(String[] args) {
        Verifier v = Verifier.forKernel(Corpus.profile());
        // btf_* programs name this kernel's BTF type ids: simulated with its BTF when it is the recording kernel
        Verifier withBtf = Corpus.profileWithKernelBtf().map(Verifier::forKernel).orElse(null);
        int skipped = 0;
        int n = 0;
        int verdict = 0;
        int exact = 0;
        int acc = 0;
        int accWithin = 0;
        int procExact = 0;
        int logExact = 0;
        String dir = System.getProperty("dir");
        for (Corpus c : dir == null ? Corpus.all() : Corpus.all(java.nio.file.Path.of(dir))) {
            if (c.needsKernelBtf() && withBtf == null) {
                skipped++;
                continue;
            }
            n++;
            Verdict sim = (c.needsKernelBtf() ? withBtf : v).verify(c.input());
            Verdict k = c.kernel();
            boolean vOk = sim.accepted() == k.accepted() && sim.internalBug() == null;
            boolean eOk = vOk && sim.verdict().equals(new Verdict(k.accepted(), k.insn(), k.message(), k.errno(), null,
                    "", null));
            if (vOk) {
                verdict++;
            }
            if (eOk) {
                exact++;
            }
            if (java.util.Objects.equals(sim.processed(), k.processed())) {
                procExact++;
            }
            if (normalize(sim.log()).equals(normalize(k.log()))) {
                logExact++;
            } else if (java.util.Arrays.asList(args).contains("-log")) {
                System.out.println("LOG " + c.name() + "\n--- kernel\n" + normalize(k.log()) + "--- sim\n" + normalize(sim.log()));
            }
            if (k.accepted()) {
                acc++;
                if (sim.processed() != null && k.processed() != null
                        && Math.abs(sim.processed() - k.processed()) <= Math.max(0, k.processed() / 10)) {
                    accWithin++;
                } else if (java.util.Arrays.asList(args).contains("-v")) {
                    System.out.println("PROCESSED " + c.name() + " kernel=" + k.processed() + " sim=" + sim.processed());
                }
            }
            if (!eOk) {
                System.out.println("DIFF " + c.name() + "\n  kernel: " + k.verdict() + "\n  sim:    " + sim.verdict());
            }
        }
        System.out.printf("programs %d, verdict %d, exact %d, accepted %d, processed within 10%% %d, processed equal %d, "
                + "log equal %d%s%n", n, verdict, exact, acc, accWithin, procExact, logExact,
                skipped == 0 ? "" : " (" + skipped + " btf_* programs skipped: no BTF of the recording kernel)");
    }

    static String normalize(String log) {
        return log.replaceAll("(\\(18\\) r\\d{1,2} = )0xffff[0-9a-f]{12}", "$10xffff000000000000");
    }

    private CorpusReport() {}

    static List<Corpus> corpus() {
        return Corpus.all();
    }
}
