package io.github.bpf4j.btf.dump;

import static io.github.bpf4j.btf.dump.BtfCDumpVmlinuxTest.firstDifference;
import static io.github.bpf4j.btf.core.TestTools.onPath;
import static io.github.bpf4j.btf.core.TestTools.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.core.TinyElf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Differential tests of the C dump against bpftool on crafted BTFs and on every testdata object's .BTF. */
@Tag("tool")
class BtfCDumpBpftoolTest {

    @TempDir
    Path tmp;

    static Stream<String> crafted() {
        return CraftedBtf.all().keySet().stream();
    }

    static Stream<String> objects() throws IOException {
        Path build = Path.of(System.getProperty("bpf4j.testdata", "../testdata")).resolve("build");
        if (!Files.isDirectory(build)) {
            return Stream.of();
        }
        try (Stream<Path> s = Files.list(build)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".o")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crafted")
    void craftedBtfDumpEqualsBpftool(String name) throws Exception {
        assumeTrue(onPath("bpftool"), "bpftool is not installed");
        Btf btf = CraftedBtf.all().get(name);
        Path file = tmp.resolve(name + ".btf");
        Files.write(file, btf.write());
        String expected = run(List.of("bpftool", "btf", "dump", "file", file.toString(), "format", "c"));
        assertThat(firstDifference(expected, BtfCDump.write(btf))).as(name).isEmpty();
    }

    /**
     * 300 random BTFs (fixed seeds, {@link RandomBtf}) written to files and dumped by one bpftool process each;
     * every dump must equal ours. A seed whose BTF bpftool refuses or crashes on is reported, not skipped.
     */
    @Test
    void randomBtfDumpsEqualBpftool() throws Exception {
        assumeTrue(onPath("bpftool"), "bpftool is not installed");
        assertThat(BpftoolDumps.randomDifferences(tmp, 300, "c", BtfCDump::write)).isEmpty();
    }

    /** Split BTF (a module's, over vmlinux): bpftool -B BASE dumps base and split types, names deduplicated across. */
    @Test
    void splitBtfDumpEqualsBpftool() throws Exception {
        assumeTrue(onPath("bpftool"), "bpftool is not installed");
        BpftoolDumps.Split split = BpftoolDumps.split(tmp, "c");
        assertThat(firstDifference(split.bpftool(), BtfCDump.write(split.btf()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void objectBtfDumpEqualsBpftool(String object) throws Exception {
        assumeTrue(onPath("bpftool"), "bpftool is not installed");
        Path obj = Path.of(System.getProperty("bpf4j.testdata", "../testdata")).resolve("build").resolve(object);
        byte[] btf = TinyElf.read(Files.readAllBytes(obj)).section(".BTF");
        assumeTrue(btf != null, object + " has no .BTF section");
        String expected = run(List.of("bpftool", "btf", "dump", "file", obj.toString(), "format", "c"));
        assertThat(firstDifference(expected, BtfCDump.write(Btf.read(btf)))).as(object).isEmpty();
    }
}
