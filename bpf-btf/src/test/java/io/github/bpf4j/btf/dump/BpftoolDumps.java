package io.github.bpf4j.btf.dump;

import static io.github.bpf4j.btf.core.TestTools.run;
import static io.github.bpf4j.btf.dump.BtfCDumpVmlinuxTest.firstDifference;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfBuilder;
import io.github.bpf4j.btf.BtfType.IntEncoding;
import io.github.bpf4j.btf.BtfType.Member;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** BTFs written to files for bpftool to dump, shared by the C and raw dump comparisons. */
final class BpftoolDumps {

    private BpftoolDumps() {
    }

    /**
     * The random BTFs of seeds 1..{@code seeds} ({@link RandomBtf}) written to {@code dir} and dumped by one bpftool
     * process each in {@code format}; returns every seed whose dump differs from {@code ours} of the BTF read back
     * from the file, or that bpftool refused or crashed on (reported, not skipped).
     */
    static List<String> randomDifferences(Path dir, int seeds, String format, Function<Btf, String> ours)
            throws InterruptedException {
        List<String> differences = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) {
            Path file = dir.resolve("random" + seed + ".btf");
            String diff;
            try {
                Files.write(file, RandomBtf.of(seed).write());
                String expected = run(List.of("bpftool", "btf", "dump", "file", file.toString(), "format", format));
                diff = firstDifference(expected, ours.apply(Btf.read(file)));
            } catch (IOException e) {
                diff = "bpftool failed: " + e.getMessage();
            }
            if (!diff.isEmpty()) {
                differences.add("seed " + seed + ": " + diff);
            }
        }
        return differences;
    }

    /**
     * Writes {@code base.btf} and {@code split.btf} (a module's BTF over it, one struct name repeated across the two)
     * to {@code dir} and returns what bpftool dumps of the split one with {@code -B base.btf} in {@code format},
     * and the split BTF as read back from the files.
     */
    static Split split(Path dir, String format) throws IOException, InterruptedException {
        BtfBuilder b = Btf.builder();
        int in = b.addInt("int", 4, IntEncoding.SIGNED);
        int s = b.addStruct("base_s", 4, List.of(Member.of("x", in, 0)));
        Path basePath = dir.resolve("base.btf");
        Files.write(basePath, b.build().write());
        Btf base = Btf.read(basePath);
        BtfBuilder m = Btf.builder(base);
        int p = m.addPtr(s);
        m.addStruct("mod_s", 16, List.of(Member.of("b", s, 0), Member.of("p", p, 64)));
        m.addStruct("base_s", 8, List.of(Member.of("y", in, 0), Member.of("z", in, 32)));
        Path splitPath = dir.resolve("split.btf");
        Files.write(splitPath, m.build().write());
        String expected = run(List.of("bpftool", "-B", basePath.toString(), "btf", "dump", "file",
                splitPath.toString(), "format", format));
        return new Split(expected, Btf.read(splitPath, base));
    }

    record Split(String bpftool, Btf btf) {
    }
}
