package io.github.bpf4j.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * libbpf 1.1 itself is the oracle: {@code bpftool -d prog loadall} prints libbpf's debug log, which names every
 * program it finds, every map with its definition, every subprogram it appends and every call it relocates. Our
 * model must say the same for every object; and the object our writer produces must load exactly as the original
 * does and give libbpf the same view.
 */
@Tag("kernel")
class LibbpfOracleTest {

    private static final Path BPFFS = Path.of("/sys/fs/bpf");

    @BeforeAll
    static void needsBpftoolAndBpffs() throws IOException {
        assumeTrue(TestObjects.has("bpftool"), "needs bpftool (Debian package bpftool)");
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to load programs");
        if (!Files.readString(Path.of("/proc/mounts")).contains(" /sys/fs/bpf bpf ")) {
            TestObjects.Run m = TestObjects.run("mount", "-t", "bpf", "bpf", BPFFS.toString());
            assumeTrue(m.status() == 0, "needs bpffs at /sys/fs/bpf: " + m.output());
        }
    }

    static List<Path> objects() {
        return BpfObjectTest.objects();
    }

    /** What libbpf says about one object. */
    record View(int status, List<String> programs, Map<String, String> maps, Map<String, List<String>> appended,
            List<String> relocatedCalls, List<String> slots, Map<String, Integer> kcfg, boolean legacyRefused,
            String log) {}

    private static final Pattern FOUND = Pattern.compile(
            "libbpf: sec '(.*)': found program '(\\w+)' at insn offset (\\d+) \\(\\d+ bytes\\), code size (\\d+)");
    private static final Pattern MAP_FIELD = Pattern.compile(
            "libbpf: map '([^']+)': found (type|max_entries|map_flags|key_size|value_size) = (0x)?([0-9a-f]+)\\.");
    private static final Pattern MAP_KV = Pattern.compile(
            "libbpf: map '([^']+)': found (key|value) \\[\\d+\\], sz = (\\d+)\\.");
    private static final Pattern GLOBAL = Pattern.compile(
            "libbpf: map '([^']+)' \\(global data\\): at sec_idx \\d+, offset 0, flags ([0-9a-f]+)\\.");
    private static final Pattern ADDED = Pattern.compile(
            "libbpf: prog '(\\w+)': added \\d+ insns from sub-prog '(\\w+)'");
    private static final Pattern RELOCATED = Pattern.compile(
            "libbpf: prog '(\\w+)': insn #(\\d+) relocated, imm (-?\\d+) points to subprog '(\\w+)' \\(now at (\\d+)");
    private static final Pattern SLOT = Pattern.compile(
            "libbpf: \\.maps relo #\\d+: map '(\\w+)' slot \\[(\\d+)\\] points to (?:map|prog) '(\\w+)'");
    private static final Pattern KCFG = Pattern.compile(
            "libbpf: extern \\(kcfg\\) #\\d+: symbol \\d+, off (\\d+), name (\\w+)");

    static View libbpfView(Path object, String pinName) throws IOException {
        Path pins = BPFFS.resolve(pinName);
        TestObjects.Run run;
        try {
            run = TestObjects.run("bpftool", "-d", "prog", "loadall", object.toString(), pins.toString());
        } finally {
            if (Files.exists(pins)) {
                try (Stream<Path> s = Files.walk(pins)) {
                    for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
        List<String> programs = new ArrayList<>();
        Map<String, String> maps = new LinkedHashMap<>();
        Map<String, List<String>> appended = new LinkedHashMap<>();
        List<String> relocated = new ArrayList<>();
        List<String> slots = new ArrayList<>();
        Map<String, Integer> kcfg = new LinkedHashMap<>();
        for (String line : run.output().split("\n")) {
            Matcher m;
            if ((m = FOUND.matcher(line)).find()) {
                programs.add(m.group(1) + " " + m.group(2) + " @" + m.group(3) + " +" + m.group(4));
            } else if ((m = MAP_FIELD.matcher(line)).find()) {
                long v = Long.parseLong(m.group(4), m.group(3) != null ? 16 : 10);
                maps.merge(m.group(1), m.group(2) + "=" + v, (a, b) -> a + " " + b);
            } else if ((m = MAP_KV.matcher(line)).find()) {
                maps.merge(m.group(1), m.group(2) + "_size=" + m.group(3), (a, b) -> a + " " + b);
            } else if ((m = GLOBAL.matcher(line)).find()) {
                maps.merge(m.group(1), "map_flags=" + Long.parseLong(m.group(2), 16), (a, b) -> a + " " + b);
            } else if ((m = ADDED.matcher(line)).find()) {
                appended.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
            } else if ((m = RELOCATED.matcher(line)).find()) {
                relocated.add(m.group(1) + "#" + m.group(2) + " imm " + m.group(3) + " -> " + m.group(4) + "@"
                        + m.group(5));
            } else if ((m = SLOT.matcher(line)).find()) {
                slots.add(m.group(1) + "[" + m.group(2) + "]=" + m.group(3));
            } else if ((m = KCFG.matcher(line)).find()) {
                kcfg.put(m.group(2), Integer.parseInt(m.group(1)));
            }
        }
        boolean legacy = run.output().contains("legacy map definitions in 'maps' section are not supported");
        return new View(run.status(), programs, maps, appended, relocated, slots, kcfg, legacy, run.output());
    }

    /** The same view, computed from our model. */
    static View ourView(BpfObject o, View libbpf) {
        List<String> programs = new ArrayList<>();
        for (BpfProgram p : o.programs()) {
            String sec = p.autoload() ? p.sectionName() : "?" + p.sectionName();
            programs.add(sec + " " + p.name() + " @" + p.sectionOffset() / 8 + " +" + p.insns().stream()
                    .mapToInt(i -> i.slots()).sum());
        }
        Map<String, String> maps = new LinkedHashMap<>();
        for (BpfMap m : o.maps()) {
            describe(m, maps);
        }
        Map<String, List<String>> appended = new LinkedHashMap<>();
        List<String> relocated = new ArrayList<>();
        for (BpfProgram p : o.programs()) {
            if (!p.autoload()) {
                continue; // libbpf relocates only programs it will load
            }
            if (!p.subprograms().isEmpty()) {
                appended.put(p.name(), p.subprogramNames());
            }
        }
        List<String> slots = new ArrayList<>();
        for (BpfMap m : o.maps()) {
            for (int i = 0; i < m.initSlots().size(); i++) {
                if (m.initSlots().get(i) != null) {
                    slots.add(m.name() + "[" + i + "]=" + m.initSlots().get(i));
                }
            }
        }
        Map<String, Integer> kcfg = new LinkedHashMap<>();
        for (BpfProgram p : o.programs()) {
            for (Fixup f : p.fixups()) {
                if (f instanceof Fixup.MapValue mv && o.maps().get(mv.map()).origin() == BpfMap.Origin.KCONFIG) {
                    // the name comes from the libbpf view: match by offset
                    libbpf.kcfg().forEach((name, off) -> {
                        if (off == mv.offset()) {
                            kcfg.put(name, off);
                        }
                    });
                }
            }
        }
        return new View(0, programs, maps, appended, relocated, slots, kcfg, false, "");
    }

    private static void describe(BpfMap m, Map<String, String> out) {
        List<String> f = new ArrayList<>();
        if (m.isInternal()) {
            f.add("map_flags=" + m.flags());
        } else {
            f.add("type=" + m.type().code());
            if (m.keySize() != 0) {
                f.add("key_size=" + m.keySize());
            }
            // a 'values' member sets the value size silently
            boolean values = m.type().isMapInMap() || m.type() == MapType.PROG_ARRAY;
            if (m.valueSize() != 0 && !(values && m.btfValueType() == 0 && m.valueSize() == 4)) {
                f.add("value_size=" + m.valueSize());
            }
            f.add("max_entries=" + m.maxEntries());
            if (m.flags() != 0) {
                f.add("map_flags=" + m.flags());
            }
        }
        out.put(m.name(), String.join(" ", f));
        if (m.inner() != null) {
            describe(m.inner(), out);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void modelMatchesLibbpf(Path path) throws IOException {
        View libbpf = libbpfView(path, "bpf4j-elf-oracle-" + ProcessHandle.current().pid());
        BpfObject o = BpfObject.read(path);
        if (libbpf.log().contains("endianness mismatch")) {
            // libbpf opens only objects of the host's byte order
            assertThat(o.contents().order()).isNotEqualTo(java.nio.ByteOrder.nativeOrder());
            return;
        }
        if (libbpf.legacyRefused()) {
            // libbpf 1.x refuses legacy 'maps' sections; we read them as libbpf 0.x did.
            assertThat(o.maps()).anyMatch(m -> m.origin() == BpfMap.Origin.LEGACY);
            return;
        }
        View ours = ourView(o, libbpf);
        List<String> libbpfMains = libbpf.programs().stream()
                .filter(s -> !s.startsWith(".text ") || o.programs().stream().anyMatch(p -> s.contains(" " + p.name()
                        + " "))).toList();
        assertThat(ours.programs()).as(libbpf.log()).containsExactlyInAnyOrderElementsOf(libbpfMains);
        // map definitions are compared with the system libbpf 1.1.2 in LibbpfViewTest: bpftool 7.1 embeds an
        // older libbpf snapshot that marks every global-data map BPF_F_MMAPABLE
        assertThat(ours.maps().keySet()).as(libbpf.log()).containsExactlyElementsOf(libbpf.maps().keySet());
        assertThat(ours.appended()).as(libbpf.log()).isEqualTo(libbpf.appended());
        assertThat(ours.slots()).as(libbpf.log()).containsExactlyInAnyOrderElementsOf(libbpf.slots());
        assertThat(ours.kcfg()).isEqualTo(libbpf.kcfg());
        checkRelocatedCalls(o, libbpf);
    }

    /** Each "insn #i relocated, imm K points to subprog S (now at N offset)" line, in our linked code. */
    private static void checkRelocatedCalls(BpfObject o, View libbpf) {
        String main = null;
        for (String line : libbpf.log().split("\n")) {
            Matcher added = ADDED.matcher(line);
            if (added.find()) {
                main = mainOf(o, added.group(1), main);
                continue;
            }
            Matcher r = RELOCATED.matcher(line);
            if (!r.find()) {
                continue;
            }
            main = mainOf(o, r.group(1), main);
            assertThat(main).as(line).isNotNull();
            BpfProgram mp = o.program(main);
            int base = r.group(1).equals(main) ? 0 : placement(mp, r.group(1));
            int insn = base + Integer.parseInt(r.group(2));
            assertThat(mp.linkedInsnAt(insn).imm()).as(line).isEqualTo(Integer.parseInt(r.group(3)));
            assertThat(placement(mp, r.group(4))).as(line).isEqualTo(Integer.parseInt(r.group(5)));
        }
    }

    /** libbpf logs a main program's name when it starts on it; subprogram lines keep the current main. */
    private static String mainOf(BpfObject o, String prog, String current) {
        return o.programs().stream().anyMatch(p -> p.name().equals(prog)) ? prog : current;
    }

    private static int placement(BpfProgram main, String sub) {
        return main.subprograms().stream().filter(s -> s.name().equals(sub)).findFirst()
                .orElseThrow(() -> new AssertionError(sub + " is not appended to " + main.name())).start();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("objects")
    void writtenObjectLoadsLikeTheOriginal(Path path, @TempDir Path dir) throws IOException {
        BpfObject o = BpfObject.read(path);
        Path written = dir.resolve(path.getFileName());
        Files.write(written, o.write());
        String pin = "bpf4j-elf-written-" + ProcessHandle.current().pid();
        View original = libbpfView(path, pin);
        View ours = libbpfView(written, pin);
        assertThat(ours.status()).as(ours.log()).isEqualTo(original.status());
        assertThat(ours.programs()).isEqualTo(original.programs());
        assertThat(ours.maps()).isEqualTo(original.maps());
        assertThat(ours.appended()).isEqualTo(original.appended());
        assertThat(ours.relocatedCalls()).isEqualTo(original.relocatedCalls());
        assertThat(ours.slots()).isEqualTo(original.slots());
    }

    @org.junit.jupiter.api.Test
    void objectBuiltFromScratchLoads(@TempDir Path dir) throws IOException {
        // what `bpf4j asm -o` will produce: an XDP program reading a global variable, with a license
        byte[] code = io.github.bpf4j.asm.InsnCodec.encode(List.of(
                io.github.bpf4j.asm.LoadImm64.of(io.github.bpf4j.asm.Reg.R1, 0),
                new io.github.bpf4j.asm.Load(io.github.bpf4j.asm.Size.W, false, io.github.bpf4j.asm.Reg.R0,
                        io.github.bpf4j.asm.Reg.R1, (short) 0),
                io.github.bpf4j.asm.Alu.imm(true, io.github.bpf4j.asm.AluOp.MOV, io.github.bpf4j.asm.Reg.R0, 2),
                io.github.bpf4j.asm.Exit.INSTANCE));
        RelocatableObject unit = new RelocatableObject(java.nio.ByteOrder.LITTLE_ENDIAN, List.of(
                RelocatableObject.Section.code("xdp", code,
                        List.of(RelocatableObject.Relocation.of(0, BpfRelocType.R_BPF_64_64, 1))),
                RelocatableObject.Section.progbits(".data", ElfSection.ALLOC | ElfSection.WRITE, 8,
                        new byte[] {1, 0, 0, 0}, List.of()),
                RelocatableObject.Section.progbits("license", ElfSection.ALLOC | ElfSection.WRITE, 1,
                        "GPL\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII), List.of())),
                List.of(new RelocatableObject.Symbol("pass", ElfSymbol.FUNC, ElfSymbol.GLOBAL, 0, 0, 0, code.length),
                        new RelocatableObject.Symbol("counter", ElfSymbol.OBJECT, ElfSymbol.GLOBAL, 0, 1, 0, 4)));
        Path obj = dir.resolve("scratch.o");
        Files.write(obj, ElfWriter.write(unit));
        View v = libbpfView(obj, "bpf4j-elf-scratch-" + ProcessHandle.current().pid());
        assertThat(v.status()).as(v.log()).isZero();
        assertThat(v.programs()).containsExactly("xdp pass @0 +5");
        assertThat(v.maps()).containsKey("scratch.data");
    }
}
