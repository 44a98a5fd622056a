package io.github.bpf4j.btf.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfExt;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.btf.BtfType;
import io.github.bpf4j.btf.BtfType.Composite;
import io.github.bpf4j.btf.BtfType.EnumValue;
import io.github.bpf4j.btf.BtfType.Member;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test against libbpf 1.1 with target BTFs that are not the kernel the objects were built for: the
 * running kernel's BTF rewritten four ways (members reordered, members shifted, members dropped / widened / enum
 * values changed, every struct duplicated under a {@code ___x} flavor with another layout). For each variant,
 * testdata's {@code loadlog obj OBJ OUT --no-load --btf VARIANT} has libbpf relocate every testdata object with CO-RE
 * relocations; our relocation of the same object against the same BTF must agree relocation by relocation
 * ({@link CaptureComparison}): specs, values, poisoning, load-size changes and failures.
 */
@Tag("tool")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoreForeignBtfTest {

    private Path testdata;
    private Path loadlog;
    private Path work;
    private final Map<String, Btf> variants = new HashMap<>();
    private final Map<String, CaptureComparison> comparisons = new HashMap<>();

    Stream<Arguments> cases() throws IOException {
        Path build = CoreCapturesTest.testdataDir().resolve("build");
        if (!Files.isDirectory(build)) {
            return Stream.of();
        }
        List<String> objects;
        try (Stream<Path> s = Files.list(build)) {
            objects = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".o")).sorted().toList();
        }
        List<Arguments> out = new ArrayList<>();
        for (String variant : List.of("reordered", "shifted", "pruned", "flavored")) {
            for (String o : objects) {
                out.add(Arguments.of(variant, o));
            }
        }
        return out.stream();
    }

    @BeforeAll
    void setUp() throws IOException {
        testdata = CoreCapturesTest.testdataDir();
        loadlog = testdata.resolve("build/tools/loadlog");
        assumeTrue(Files.isExecutable(loadlog), "testdata's loadlog is not built (run testdata/build-tools.sh; "
                + "Debian packages gcc, libbpf-dev)");
        assumeTrue(TestTools.isRoot(), "loadlog creates the objects' maps even with --no-load: needs root (or CAP_BPF)");
        assumeTrue(Files.isReadable(Btf.VMLINUX), "kernel BTF /sys/kernel/btf/vmlinux is not readable");
        Btf vmlinux = Btf.read(Btf.VMLINUX);
        work = Files.createTempDirectory("bpf4j-core-foreign");
        variants.put("reordered", Btf.of(map(vmlinux, CoreForeignBtfTest::reorder)));
        variants.put("shifted", Btf.of(map(vmlinux, CoreForeignBtfTest::shift)));
        variants.put("pruned", Btf.of(map(vmlinux, t -> prune(vmlinux, t))));
        variants.put("flavored", Btf.of(flavored(vmlinux)));
        for (Map.Entry<String, Btf> v : variants.entrySet()) {
            Files.write(work.resolve(v.getKey() + ".btf"), v.getValue().write());
            comparisons.put(v.getKey(), new CaptureComparison(v.getValue()));
        }
    }

    @AfterAll
    void summary() throws IOException {
        comparisons.forEach((v, c) -> {
            System.out.println("CO-RE vs libbpf, target BTF '" + v + "': " + c.counts());
            c.different.forEach(d -> System.out.println("  " + d));
        });
        if (work != null) {
            try (Stream<Path> s = Files.walk(work)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @ParameterizedTest(name = "{1} against {0}")
    @MethodSource("cases")
    void relocationsEqualLibbpf(String variant, String object) throws Exception {
        Path obj = testdata.resolve("build").resolve(object);
        TinyElf elf = TinyElf.read(Files.readAllBytes(obj));
        byte[] btf = elf.section(".BTF");
        byte[] ext = elf.section(".BTF.ext");
        boolean hasCore = btf != null && ext != null && !BtfExt.read(ext, Btf.read(btf)).coreRelos().isEmpty();
        assumeTrue(hasCore, object + " has no CO-RE relocations");
        Path out = work.resolve(variant).resolve(object);
        Process p = new ProcessBuilder(loadlog.toString(), "obj", obj.toString(), out.toString(), "--no-load",
                "--btf", work.resolve(variant + ".btf").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("loadlog finished").isTrue();
        assertThat(p.exitValue()).as("loadlog exit code").isIn(0, 2);
        assertThat(comparisons.get(variant).compareObject(obj, out)).as(object + " against " + variant).isEmpty();
    }

    private static List<BtfType> map(Btf btf, Function<BtfType, BtfType> f) {
        List<BtfType> out = new ArrayList<>(btf.typeCount());
        for (int id = 1; id < btf.typeCount(); id++) {
            out.add(f.apply(btf.type(id)));
        }
        return out;
    }

    private static BtfType withMembers(Composite c, int size, List<Member> members) {
        return c.kind() == BtfKind.STRUCT ? new BtfType.Struct(c.name(), size, members)
                : new BtfType.Union(c.name(), size, members);
    }

    /** Members in reverse order, offsets unchanged: access indices change, offsets do not. */
    private static BtfType reorder(BtfType t) {
        if (!(t instanceof Composite c)) {
            return t;
        }
        List<Member> m = new ArrayList<>(c.members());
        java.util.Collections.reverse(m);
        return withMembers(c, c.size(), m);
    }

    /** Named structs grow by 8 to 24 bytes at the front: every offset moves. */
    private static BtfType shift(BtfType t) {
        if (!(t instanceof BtfType.Struct s) || s.name().isEmpty()) {
            return t;
        }
        int bytes = 8 * (1 + Math.floorMod(s.name().hashCode(), 3));
        List<Member> m = new ArrayList<>();
        for (Member x : s.members()) {
            m.add(new Member(x.name(), x.type(), x.bitOffset() + 8L * bytes, x.bitfieldSize()));
        }
        return new BtfType.Struct(s.name(), s.size() + bytes, m);
    }

    /**
     * Every fourth named member from the second dropped; 4-byte integer members at every fourth position from the
     * third widened to 8 bytes; every third enumerator from the second dropped and the others' values changed.
     */
    private static BtfType prune(Btf btf, BtfType t) {
        if (t instanceof Composite c) {
            List<Member> m = new ArrayList<>();
            for (int i = 0; i < c.members().size(); i++) {
                Member x = c.members().get(i);
                if (i % 4 == 1 && !x.name().isEmpty()) {
                    continue;
                }
                if (i % 4 == 2 && !x.isBitfield() && btf.type(btf.skipModsAndTypedefs(x.type())) instanceof BtfType.Int n
                        && n.size() == 4) {
                    int wide = btf.find(n.isSigned() ? "long int" : "long unsigned int", BtfKind.INT).orElse(x.type());
                    x = new Member(x.name(), wide, x.bitOffset(), 0);
                }
                m.add(x);
            }
            return withMembers(c, c.size(), m);
        }
        if (t instanceof BtfType.Enum e) {
            List<EnumValue> v = new ArrayList<>();
            for (int i = 0; i < e.values().size(); i++) {
                if (i % 3 != 1) {
                    long changed = e.values().get(i).value() ^ 0x40;
                    v.add(new EnumValue(e.values().get(i).name(), changed));
                }
            }
            return new BtfType.Enum(e.name(), e.size(), e.signed(), v);
        }
        return t;
    }

    /** Every named struct gets a {@code ___x} twin 16 bytes larger, members 16 bytes further: ambiguous. */
    private static List<BtfType> flavored(Btf btf) {
        List<BtfType> out = map(btf, t -> t);
        for (int id = 1; id < btf.typeCount(); id++) {
            if (btf.type(id) instanceof BtfType.Struct s && !s.name().isEmpty()) {
                List<Member> m = new ArrayList<>();
                for (Member x : s.members()) {
                    m.add(new Member(x.name(), x.type(), x.bitOffset() + 128, x.bitfieldSize()));
                }
                out.add(new BtfType.Struct(s.name() + "___x", s.size() + 16, m));
            }
        }
        return out;
    }
}
