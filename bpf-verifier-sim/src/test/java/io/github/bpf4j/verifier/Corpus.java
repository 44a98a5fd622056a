package io.github.bpf4j.verifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The recorded verifier corpus of testdata/verifier: program, load options and the kernel's outcome. */
record Corpus(String name, ProgramInput input, Verdict kernel) {

    static Path testdata() {
        String td = System.getProperty("bpf4j.testdata");
        return td != null ? Path.of(td) : Path.of("../testdata");
    }

    /**
     * The profile of the machine that recorded the verdicts: testdata/verifier/kernel.properties, written by
     * record.sh, gives {@code nr_cpu_ids}.
     */
    static KernelProfile profile() {
        return baseProfile();
    }

    /**
     * The profile with the running kernel's BTF (/sys/kernel/btf/vmlinux), for the {@code btf_*} programs; empty
     * when this machine has no kernel BTF or runs another kernel than the one that recorded the corpus (their
     * verdicts and logs name this kernel's BTF type ids).
     */
    static java.util.Optional<KernelProfile> profileWithKernelBtf() {
        if (!Files.isReadable(io.github.bpf4j.btf.Btf.VMLINUX) || !recordedOnThisKernel()) {
            return java.util.Optional.empty();
        }
        synchronized (Corpus.class) {
            if (vmlinux == null) {
                vmlinux = io.github.bpf4j.btf.Btf.read(io.github.bpf4j.btf.Btf.VMLINUX);
            }
        }
        return java.util.Optional.of(baseProfile().withBtf(vmlinux));
    }

    private static io.github.bpf4j.btf.Btf vmlinux;

    /** Whether the running kernel is the release kernel.properties names (read from /proc, no syscall). */
    static boolean recordedOnThisKernel() {
        try {
            String running = Files.readString(Path.of("/proc/sys/kernel/osrelease")).strip();
            return running.equals(properties().getProperty("release", "").strip());
        } catch (IOException e) {
            return false;
        }
    }

    /** Programs typed by the kernel's BTF: {@code btf_*} (tp_btf, bpf_get_current_task_btf...). */
    boolean needsKernelBtf() {
        return name.startsWith("btf_");
    }

    private static java.util.Properties properties() {
        java.util.Properties props = new java.util.Properties();
        try (var in = Files.newInputStream(testdata().resolve("verifier/kernel.properties"))) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    private static KernelProfile baseProfile() {
        return KernelProfile.linux618(Integer.parseInt(properties().getProperty("nr_cpu_ids").strip()));
    }

    /** The hand-written corpus. */
    static Path dir() {
        return testdata().resolve("verifier/corpus");
    }

    /** Every recorded program of the hand-written corpus, by name. */
    static List<Corpus> all() {
        return all(dir());
    }

    /**
     * Every recorded program in {@code dir}: {@code NAME.bin} with its header in {@code NAME.s} or
     * {@code NAME.meta} and the kernel's {@code NAME.result} and {@code NAME.log}.
     */
    static List<Corpus> all(Path dir) {
        List<Corpus> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path src : s.filter(f -> f.toString().endsWith(".s") || f.toString().endsWith(".meta")).sorted()
                    .toList()) {
                String name = src.getFileName().toString().replaceAll("\\.(s|meta)$", "");
                Path bin = dir.resolve(name + ".bin");
                Path result = dir.resolve(name + ".result");
                if (Files.exists(bin) && Files.exists(result)) {
                    out.add(load(name, src, bin, result, dir.resolve(name + ".log")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Corpus load(String name, Path src, Path bin, Path result, Path log) throws IOException {
        String header = Files.readAllLines(src).get(0);
        ProgramInput input;
        try {
            input = ProgramInput.ofHeader(Files.readAllBytes(bin), header);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(src + ": " + e.getMessage(), e);
        }
        String res = Files.readString(result).strip();
        String errno = res.startsWith("reject ") ? res.split("\\s+")[1] : null;
        if (!res.startsWith("accept") && errno == null) {
            throw new IllegalStateException(result + ": not a verdict: " + res);
        }
        String logText = Files.exists(log) ? Files.readString(log) : "";
        return new Corpus(name, input, Verdict.fromLog(errno, logText));
    }
}
