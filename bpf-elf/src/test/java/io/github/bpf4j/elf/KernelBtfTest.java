package io.github.bpf4j.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.btf.BtfType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link BpfObject#kernelBtf()} against libbpf's static linker ({@code bpftool gen object}), which fills in DATASEC
 * sizes and variable offsets the same way: per DATASEC (except .kconfig/.ksyms), its size and its variables'
 * names, offsets and sizes in order must agree.
 */
@Tag("tool")
class KernelBtfTest {

    static List<Path> objects() {
        return BpfObjectTest.objects().stream().filter(p -> !p.toString().endsWith("_be.o")).toList();
    }

    private static final Pattern DATASEC = Pattern.compile("^\\[\\d+\\] DATASEC '([^']*)' size=(\\d+) vlen=\\d+$");
    private static final Pattern VAR = Pattern.compile("^\\s+type_id=\\d+ offset=(\\d+) size=(\\d+) \\(VAR '([^']*)'\\)$");

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void datasecsAsTheStaticLinkerFixesThem(Path path, @TempDir Path dir) throws IOException {
        assumeTrue(TestObjects.has("bpftool"), "needs bpftool (Debian package bpftool)");
        BpfObject o = BpfObject.read(path);
        assumeTrue(o.kernelBtf().isPresent(), "object has no BTF");
        Path linked = dir.resolve("linked.o");
        TestObjects.Run gen = TestObjects.run("bpftool", "gen", "object", linked.toString(), path.toString());
        if (gen.status() != 0) {
            // the static linker refuses what libbpf 1.x refuses (e.g. legacy maps)
            assertThat(o.maps()).as(gen.output()).anyMatch(m -> m.origin() == BpfMap.Origin.LEGACY);
            return;
        }
        TestObjects.Run dump = TestObjects.run("bpftool", "btf", "dump", "file", linked.toString());
        Map<String, List<String>> theirs = new TreeMap<>();
        List<String> current = null;
        for (String line : dump.output().split("\n")) {
            Matcher d = DATASEC.matcher(line);
            Matcher v = VAR.matcher(line);
            if (d.matches()) {
                current = new ArrayList<>();
                current.add("size=" + d.group(2));
                theirs.put(d.group(1), current);
            } else if (v.matches() && current != null) {
                current.add(v.group(3) + "@" + v.group(1) + "+" + v.group(2));
            } else if (!line.startsWith("\t")) {
                current = null;
            }
        }
        Btf btf = Btf.read(o.kernelBtf().get());
        Map<String, List<String>> ours = new TreeMap<>();
        btf.idsOf(BtfKind.DATASEC).forEach(id -> {
            BtfType.Datasec ds = btf.type(id, BtfType.Datasec.class);
            if (ds.name().equals(".kconfig") || ds.name().equals(".ksyms")) {
                return;
            }
            List<String> l = new ArrayList<>();
            l.add("size=" + ds.size());
            for (BtfType.VarSecinfo vs : ds.vars()) {
                l.add(btf.name(vs.type()) + "@" + vs.offset() + "+" + vs.size());
            }
            ours.put(ds.name(), l);
        });
        theirs.keySet().retainAll(ours.keySet());
        assertThat(theirs).as(dump.output()).isNotEmpty();
        assertThat(ours).containsAllEntriesOf(theirs);
        assertThat(Files.exists(linked)).isTrue();
    }
}
