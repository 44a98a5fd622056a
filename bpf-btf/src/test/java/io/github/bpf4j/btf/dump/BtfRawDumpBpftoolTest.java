package io.github.bpf4j.btf.dump;

import static io.github.bpf4j.btf.core.TestTools.onPath;
import static io.github.bpf4j.btf.core.TestTools.run;
import static io.github.bpf4j.btf.dump.BtfCDumpVmlinuxTest.firstDifference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfBuilder;
import io.github.bpf4j.btf.BtfType.IntEncoding;
import io.github.bpf4j.btf.BtfType.Member;
import io.github.bpf4j.btf.core.TinyElf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
        List<String> differences = new ArrayList<>();
        for (long seed = 1; seed <= 100; seed++) {
            Path file = tmp.resolve("random" + seed + ".btf");
            Files.write(file, RandomBtf.of(seed).write());
            String expected = run(List.of("bpftool", "btf", "dump", "file", file.toString()));
            String diff = firstDifference(expected, BtfRawDump.write(Btf.read(file)));
            if (!diff.isEmpty()) {
                differences.add("seed " + seed + ": " + diff);
            }
        }
        assertThat(differences).isEmpty();
    }

    /** Split BTF keeps its own ids: bpftool -B BASE dumps only the split part, numbered after the base. */
    @Test
    void splitBtfEqualsBpftool() throws Exception {
        assumeTrue(onPath("bpftool"), "bpftool is not installed");
        BtfBuilder b = Btf.builder();
        int in = b.addInt("int", 4, IntEncoding.SIGNED);
        int s = b.addStruct("base_s", 4, List.of(Member.of("x", in, 0)));
        Btf base = Btf.read(b.build().write());
        BtfBuilder m = Btf.builder(base);
        int p = m.addPtr(s);
        m.addStruct("mod_s", 16, List.of(Member.of("b", s, 0), Member.of("p", p, 64)));
        Files.write(tmp.resolve("base.btf"), base.write());
        Files.write(tmp.resolve("split.btf"), m.build().write());
        String expected = run(List.of("bpftool", "-B", tmp.resolve("base.btf").toString(), "btf", "dump", "file",
                tmp.resolve("split.btf").toString()));
        Btf split = Btf.read(Files.readAllBytes(tmp.resolve("split.btf")), base);
        assertThat(firstDifference(expected, BtfRawDump.write(split))).isEmpty();
    }
}
