package io.github.bpf4j.btf.dump;

import static io.github.bpf4j.btf.core.TestTools.onPath;
import static io.github.bpf4j.btf.core.TestTools.run;
import static io.github.bpf4j.btf.dump.BtfCDumpVmlinuxTest.firstDifference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.core.TinyElf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our reading of BTF against bpftool's (issue 3, bar 4): the raw dump ({@code bpftool btf dump file F}, which prints
 * every field of every type) of this kernel's BTF, of every testdata object's .BTF, of crafted BTFs covering every
 * kind and of random ones must equal {@link BtfRawDump}'s line for line.
 */
@Tag("tool")
class BtfRawDumpBpftoolTest {

    @TempDir
    Path tmp;

    static Stream<String> crafted() {
        return CraftedBtf.all().keySet().stream();
    }

    static Stream<String> objects() throws Exception {
        return BtfCDumpBpftoolTest.objects();
    }

    @Test
    void kernelBtfEqualsBpftool() throws Exception {
        Path vmlinux = Path.of("/sys/kernel/btf/vmlinux");
        assumeTrue(onPath("bpftool"), "bpftool is not installed");
        assumeTrue(Files.isReadable(vmlinux), "kernel BTF (/sys/kernel/btf/vmlinux) is not available");
        String expected = run(List.of("bpftool", "btf", "dump", "file", vmlinux.toString()));
        assertThat(firstDifference(expected, BtfRawDump.write(Btf.read(vmlinux)))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void objectBtfEqualsBpftool(String object) throws Exception {
        assumeTrue(onPath("bpftool"), "bpftool is not installed");
        Path obj = Path.of(System.getProperty("bpf4j.testdata", "../testdata")).resolve("build").resolve(object);
        byte[] btf = TinyElf.read(Files.readAllBytes(obj)).section(".BTF");
        assumeTrue(btf != null, object + " has no .BTF section");
        String expected = run(List.of("bpftool", "btf", "dump", "file", obj.toString()));
        assertThat(firstDifference(expected, BtfRawDump.write(Btf.read(btf)))).as(object).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crafted")
    void craftedBtfEqualsBpftool(String name) throws Exception {
        assumeTrue(onPath("bpftool"), "bpftool is not installed");
        Btf btf = CraftedBtf.all().get(name);
        Path file = tmp.resolve(name + ".btf");
        Files.write(file, btf.write());
        String expected = run(List.of("bpftool", "btf", "dump", "file", file.toString()));
        assertThat(firstDifference(expected, BtfRawDump.write(Btf.read(file)))).as(name).isEmpty();
    }

    /** 100 random BTFs ({@link RandomBtf}, fixed seeds), each read back from the bytes bpftool reads. */
    @Test
    void randomBtfEqualsBpftool() throws Exception {
        assumeTrue(onPath("bpftool"), "bpftool is not installed");
        assertThat(BpftoolDumps.randomDifferences(tmp, 100, "raw", BtfRawDump::write)).isEmpty();
    }

    /** Split BTF keeps its own ids: bpftool -B BASE dumps only the split part, numbered after the base. */
    @Test
    void splitBtfEqualsBpftool() throws Exception {
        assumeTrue(onPath("bpftool"), "bpftool is not installed");
        BpftoolDumps.Split split = BpftoolDumps.split(tmp, "raw");
        assertThat(firstDifference(split.bpftool(), BtfRawDump.write(split.btf()))).isEmpty();
    }
}
