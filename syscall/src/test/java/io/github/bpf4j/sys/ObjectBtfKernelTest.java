package io.github.bpf4j.sys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.elf.BpfObject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Objects load with their BTF as libbpf 1.1 loads them: every program libbpf loaded into this kernel (the captures
 * in testdata/captures) loads with {@link Bpf#load}, and its level-2 verifier log carries the same source-line
 * annotations, which the kernel prints only from line_info checked against the loaded BTF.
 */
@Tag("kernel")
class ObjectBtfKernelTest {

    private static final Path TESTDATA = Path.of(System.getProperty("bpf4j.testdata", "../testdata"));

    @BeforeEach
    void kernel() {
        KernelSupport.assumeBpf();
    }

    /** Every (object, program) that libbpf loaded here, named "object/program". */
    static Stream<Arguments> accepted() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(TESTDATA.resolve("captures"))) {
            for (Path dir : dirs.sorted().toList()) {
                String object = dir.getFileName().toString();
                if (object.contains("@") || !Files.exists(TESTDATA.resolve("build/" + object + ".o"))) {
                    continue; // captures against a foreign BTF were not loaded
                }
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path r : files.filter(f -> f.toString().endsWith(".result")).sorted().toList()) {
                        if (Files.readString(r).startsWith("accept")) {
                            String prog = r.getFileName().toString().replace(".result", "");
                            out.add(Arguments.of(object + "/" + prog));
                        }
                    }
                }
            }
        }
        return out.stream();
    }

    private static List<String> sourceLines(String log) {
        return log.lines().filter(l -> l.startsWith("; ")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void loadsWithTheSourceLinesLibbpfGot(String which) throws IOException {
        String object = which.substring(0, which.indexOf('/'));
        String prog = which.substring(which.indexOf('/') + 1);
        String expected = Files.readString(TESTDATA.resolve("captures/" + object + "/" + prog + ".log"));
        BpfObject spec = BpfObject.read(TESTDATA.resolve("build/" + object + ".o"));
        LoadOptions options = LoadOptions.defaults().withLogLevel(2).withLogSize(1 << 20, 64 << 20)
                .withPrograms(prog);
        try (LoadedObject live = Bpf.load(spec, options)) {
            assertThat(live.btf()).as("object BTF loaded; notes: %s", live.notes()).isPresent();
            assertThat(live.notes()).noneMatch(n -> n.contains("BTF"));
            List<String> got = sourceLines(live.program(prog).verifierLog());
            assertThat(got).isNotEmpty().containsExactlyElementsOf(sourceLines(expected));
        }
    }

    /** The typed ksym resolves to vmlinux's VAR; this kernel then refuses it exactly as it refused libbpf's load. */
    @Test
    void typedKsymReachesTheKernelAsLibbpfsDid() throws IOException {
        BpfObject spec = BpfObject.read(TESTDATA.resolve("build/multi_prog.o"));
        String expected = Files.readString(TESTDATA.resolve("captures/multi_prog/rq_running.result")).strip();
        assertThat(expected).startsWith("reject ENOENT");
        assertThatThrownBy(() -> Bpf.load(spec, LoadOptions.defaults().withPrograms("rq_running")))
                .isInstanceOfSatisfying(ProgramLoadException.class, e -> {
                    assertThat(e.errno()).isEqualTo(Errno.ENOENT);
                    assertThat(e.getMessage()).contains("runqueues");
                });
    }

    /** .kconfig externs: the map holds the kernel version of uname and the values of /proc/config.gz. */
    @Test
    void kconfigExternsHoldThisKernelsValues() {
        BpfObject spec = BpfObject.read(TESTDATA.resolve("build/multi_prog.o"));
        try (LoadedObject live = Bpf.load(spec, LoadOptions.defaults().withPrograms("on_enter", "on_exit"))) {
            String mapName = spec.maps().stream().filter(m -> m.origin() == io.github.bpf4j.elf.BpfMap.Origin.KCONFIG)
                    .findFirst().orElseThrow().name();
            ByteBuffer v = ByteBuffer.wrap(live.map(mapName).lookup(new byte[4]).orElseThrow())
                    .order(ByteOrder.nativeOrder());
            Externs ex = Externs.of(spec);
            // libbpf's layout of this object, from its debug log: CONFIG_HZ 0, LINUX_KERNEL_VERSION 4, CONFIG_BPF_SYSCALL 8
            assertThat(ex.kconfigOffset("CONFIG_HZ")).isZero();
            assertThat(ex.kconfigOffset("LINUX_KERNEL_VERSION")).isEqualTo(4);
            assertThat(ex.kconfigOffset("CONFIG_BPF_SYSCALL")).isEqualTo(8);
            String[] rel = System.getProperty("os.version").split("[^0-9]+");
            int version = (Integer.parseInt(rel[0]) << 16) + (Integer.parseInt(rel[1]) << 8)
                    + Math.min(255, Integer.parseInt(rel[2]));
            assertThat(v.getInt(4)).isEqualTo(version);
            KernelFacts.config("CONFIG_HZ").ifPresent(hz -> assertThat(v.getInt(0)).isEqualTo(Integer.parseInt(hz)));
            KernelFacts.config("CONFIG_BPF_SYSCALL").ifPresent(y -> assertThat(v.get(8)).isEqualTo((byte) 1));
        }
    }

    /** The rewrites for older kernels (libbpf's bpf_object__sanitize_btf) still give BTF this kernel accepts. */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"multi_prog", "execsnoop_rb", "core_enum", "xdp_counter"})
    void sanitizedBtfStillLoads(String object) {
        BpfObject spec = BpfObject.read(TESTDATA.resolve("build/" + object + ".o"));
        var all = java.util.EnumSet.of(io.github.bpf4j.btf.BtfKind.DATASEC, io.github.bpf4j.btf.BtfKind.FUNC,
                io.github.bpf4j.btf.BtfKind.FLOAT, io.github.bpf4j.btf.BtfKind.DECL_TAG,
                io.github.bpf4j.btf.BtfKind.TYPE_TAG, io.github.bpf4j.btf.BtfKind.ENUM64);
        byte[] raw = Bpf.prepareBtf(spec, Externs.of(spec), all);
        io.github.bpf4j.btf.Btf b = io.github.bpf4j.btf.Btf.read(raw);
        assertThat(b.idsOf(io.github.bpf4j.btf.BtfKind.DATASEC).count()).isZero();
        assertThat(b.idsOf(io.github.bpf4j.btf.BtfKind.VAR).count()).isZero();
        try (LoadedBtf loaded = LoadedBtf.load(raw)) {
            assertThat(loaded.fd()).isPositive();
        }
    }

    /** Without rewrites, the DATASECs carry the ELF section sizes clang left 0, the VARs their symbol offsets. */
    @Test
    void datasecSizesAndOffsetsComeFromTheElf() {
        BpfObject spec = BpfObject.read(TESTDATA.resolve("build/multi_prog.o"));
        io.github.bpf4j.btf.Btf b = io.github.bpf4j.btf.Btf.read(Bpf.prepareBtf(spec, Externs.of(spec),
                java.util.EnumSet.noneOf(io.github.bpf4j.btf.BtfKind.class)));
        var bss = b.type(b.find(".bss", io.github.bpf4j.btf.BtfKind.DATASEC).getAsInt(),
                io.github.bpf4j.btf.BtfType.Datasec.class);
        long bssSize = spec.contents().sections().stream().filter(s -> s.name().equals(".bss")).findFirst()
                .orElseThrow().size();
        assertThat(bss.size()).isEqualTo(bssSize);
        for (var vs : bss.vars()) {
            String name = b.name((int) vs.type());
            long value = spec.contents().symbols().stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow().value();
            assertThat(vs.offset()).as(name).isEqualTo(value);
        }
        var kcfg = b.type(b.find(".kconfig", io.github.bpf4j.btf.BtfKind.DATASEC).getAsInt(),
                io.github.bpf4j.btf.BtfType.Datasec.class);
        assertThat(kcfg.size()).isEqualTo(Externs.of(spec).kconfigSize());
    }

    @Test
    void kernelVersionFollowsLibbpf() {
        assertThat(Externs.kernelVersion("6.18.44-fc-v669")).isEqualTo(0x6122c);
        assertThat(Externs.kernelVersion("5.4.300")).isEqualTo((5 << 16) + (4 << 8) + 255);
        assertThat(Externs.kernelVersion("6.1")).isEqualTo(0x60100);
    }
}
