package io.github.bpf4j.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.elf.BpfMap;
import io.github.bpf4j.elf.BpfObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Global functions and callbacks against the live kernel (Linux 6.18): the programs of
 * testdata/src/verifier/*.c (built into testdata/build/verifier/NAME.o), loaded one by one by libbpf through
 * {@code loadlog obj --level 1} (testdata/verifier/record-objects.sh), which kept the instructions, maps and
 * func_info handed to the kernel and its verdict and log in testdata/verifier/objects/NAME/. The simulator gets
 * the same instructions with the object's BTF. Offline.
 */
class ObjectCorpusTest {

    private static final Verifier VERIFIER = Verifier.forKernel(Corpus.profile());
    private static final List<Corpus> OBJECTS = all();

    static Stream<Arguments> objects() {
        return OBJECTS.stream().map(c -> Arguments.of(Named.of(c.name(), c)));
    }

    /** Same verdict, errno, instruction, message and processed count as the kernel, and the same level-1 log. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void sameVerdictAndLogAsTheKernel(Corpus c) {
        Verifier verifier = VERIFIER;
        if (c.input().attachBtf() != null) {
            // tp_btf programs name this kernel's BTF type ids: simulated with it, on the recording kernel only
            var profile = Corpus.profileWithKernelBtf();
            assumeTrue(profile.isPresent(), "tp_btf programs need the recording kernel's BTF (/sys/kernel/btf/vmlinux "
                    + "of the release in kernel.properties)");
            verifier = Verifier.forKernel(profile.get());
        }
        Verdict sim = verifier.verify(c.input());
        assertThat(sim.internalBug()).as("internal bug").isNull();
        assertThat(sim.verdict()).isEqualTo(c.kernel().verdict());
        assertThat(sim.processed()).as("processed").isEqualTo(c.kernel().processed());
        assertThat(CorpusDifferentialTest.masked(sim.log())).isEqualTo(CorpusDifferentialTest.masked(c.kernel().log()));
    }

    /** The set covers both kinds, accepted and rejected, with several distinct messages. */
    @Test
    void coversGlobalFunctionsAndCallbacks() {
        assertThat(OBJECTS).hasSizeGreaterThanOrEqualTo(25);
        assertThat(OBJECTS.stream().filter(c -> c.name().startsWith("globals/"))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(OBJECTS.stream().filter(c -> c.name().startsWith("callbacks/"))).hasSizeGreaterThanOrEqualTo(10);
        assertThat(OBJECTS.stream().filter(c -> c.kernel().accepted())).hasSizeGreaterThanOrEqualTo(10);
        assertThat(OBJECTS.stream().filter(c -> !c.kernel().accepted()).map(c -> c.kernel().message()).distinct())
                .hasSizeGreaterThanOrEqualTo(10);
    }

    static List<Corpus> all() {
        Path dir = Corpus.testdata().resolve("verifier/objects");
        List<Corpus> out = new ArrayList<>();
        try (Stream<Path> objs = Files.list(dir)) {
            for (Path obj : objs.sorted().toList()) {
                String object = obj.getFileName().toString();
                BpfObject o = BpfObject.read(Corpus.testdata().resolve("build/verifier/" + object + ".o"));
                try (Stream<Path> results = Files.list(obj)) {
                    for (Path r : results.filter(p -> p.toString().endsWith(".result")).sorted().toList()) {
                        String prog = r.getFileName().toString().replaceFirst("\\.result$", "");
                        out.add(load(object + "/" + prog, obj.resolve(prog), o));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** One program from loadlog's files: {@code P.insns} with map fds turned into indexes, {@code P.func_info}. */
    private static Corpus load(String name, Path base, BpfObject o) throws IOException {
        Map<String, String> attr = new HashMap<>();
        for (String line : Files.readAllLines(sibling(base, ".attr"))) {
            int eq = line.indexOf('=');
            attr.put(line.substring(0, eq), line.substring(eq + 1));
        }
        ProgType type = ProgType.of(attr.get("prog_type_name"));
        // libbpf creates the object's maps in order; P.maps lists them the same way with their fds
        List<String> mapLines = Files.readAllLines(sibling(base, ".maps"));
        Map<Integer, Integer> indexOfFd = new HashMap<>();
        List<MapDef> maps = new ArrayList<>();
        List<String> numbered = numberedMaps(base.getParent());
        for (int i = 0; i < mapLines.size(); i++) {
            String[] f = mapLines.get(i).split("\t");
            int fd = Integer.parseInt(f[0]);
            if (fd < 0 && numbered != null) {
                fd = Integer.parseInt(numbered.get(i).split("\t")[0]);
            }
            indexOfFd.put(fd, i);
            BpfMap m = o.maps().get(i);
            MapType mt = MapType.valueOf(f[2].toUpperCase(Locale.ROOT));
            MapDef d = m.origin() == BpfMap.Origin.RODATA && (m.flags() & MapDef.F_RDONLY_PROG) != 0
                    ? MapDef.frozenReadOnly(mt, m.keySize(), m.valueSize(), m.maxEntries(), m.flags(),
                            m.initialValue())
                    : new MapDef(mt, m.keySize(), m.valueSize(), m.maxEntries(), m.flags());
            maps.add(d.withName(f[1]));
        }
        ByteBuffer insns = ByteBuffer.wrap(Files.readAllBytes(sibling(base, ".insns"))).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + 8 <= insns.limit(); at += 8) {
            if ((insns.get(at) & 0xff) == 0x18 && ((insns.get(at + 1) >> 4) & 0xf) == 1) {
                Integer index = indexOfFd.get(insns.getInt(at + 4));
                if (index == null) {
                    throw new IllegalStateException(name + ": insn " + at / 8 + " names map fd " + insns.getInt(at + 4)
                            + ", not in " + indexOfFd);
                }
                insns.putInt(at + 4, index);
            }
        }
        Btf btf = o.btf().orElseThrow();
        List<ProgramInput.FuncInfo> funcs = new ArrayList<>();
        int rec = Integer.parseInt(attr.get("func_info_rec_size"));
        ByteBuffer fi = ByteBuffer.wrap(Files.readAllBytes(sibling(base, ".func_info"))).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + rec <= fi.limit(); at += rec) {
            int typeId = fi.getInt(at + 4);
            funcs.add(new ProgramInput.FuncInfo(fi.getInt(at), typeId, btf.name(typeId)));
        }
        List<ProgramInput.LineInfo> lines = new ArrayList<>();
        int lrec = Integer.parseInt(attr.get("line_info_rec_size"));
        ByteBuffer li = ByteBuffer.wrap(Files.readAllBytes(sibling(base, ".line_info"))).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at + lrec <= li.limit(); at += lrec) {
            int lineCol = li.getInt(at + 12);
            lines.add(new ProgramInput.LineInfo(li.getInt(at), btf.string(li.getInt(at + 4) & 0xffffffffL),
                    btf.string(li.getInt(at + 8) & 0xffffffffL), lineCol >>> 10, lineCol & 0x3ff));
        }
        String attach = attr.get("expected_attach_type_name");
        String section = attr.get("section");
        ProgramInput input = ProgramInput.of(insns.array(), type, type == ProgType.TRACING ? attach : null, maps)
                .withExtInfo(lines, funcs).withBtf(btf);
        if (section.startsWith("tp_btf/")) {
            input = input.withAttachBtf(section.substring("tp_btf/".length()));
        }
        String res = Files.readString(sibling(base, ".result")).strip();
        String errno = res.startsWith("reject ") ? res.split("\\s+")[1] : null;
        return new Corpus(name, input, Verdict.fromLog(errno, Files.readString(sibling(base, ".log"))));
    }

    /**
     * The map lines of a program whose load succeeded: after a refused load libbpf has closed the maps and loadlog
     * lists their fds as -1, but each load opens the object afresh in the same process, so the maps get the same
     * descriptors every time, which an accepted program's list shows.
     */
    private static List<String> numberedMaps(Path objectDir) throws IOException {
        try (Stream<Path> files = Files.list(objectDir)) {
            for (Path m : files.filter(p -> p.toString().endsWith(".maps")).sorted().toList()) {
                List<String> lines = Files.readAllLines(m);
                if (!lines.isEmpty() && !lines.get(0).startsWith("-1\t")) {
                    return lines;
                }
            }
        }
        return null;
    }

    private static Path sibling(Path base, String ext) {
        return base.resolveSibling(base.getFileName() + ext);
    }
}
