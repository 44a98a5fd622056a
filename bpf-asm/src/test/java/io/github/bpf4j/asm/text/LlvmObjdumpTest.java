package io.github.bpf4j.asm.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.asm.Atomic;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LLVM style against llvm-objdump-19 itself. The objects: every BPF object under testdata/build (compiled by
 * clang-19), the kernel-golden sources testdata/disasm/src/*.c (compiled here with clang-19), every
 * testdata/disasm/llvm/*.s (assembled here with llvm-mc-19), and copies of the first three without symbols
 * (llvm-objcopy-19 --strip-all). One run of {@code llvm-objdump-19 -d -r} and one of
 * {@code llvm-objdump-19 -d -r --mcpu=v4} over all of them; each instruction line must equal our text
 * ({@link LlvmStyle#withoutAlu32()} and {@link LlvmStyle#of()}), jump labels included.
 *
 * <p>Not compared, because LLVM 19 disagrees with the kernel about them: slots that are not valid instructions
 * (we print {@code <unknown>}, LLVM decodes some of them anyway) and load-acquire/store-release (LLVM 19 has no
 * syntax for them; see {@link LlvmStyle}).
 */
@Tag("tool")
class LlvmObjdumpTest {

    private static final Path TESTDATA = Path.of(System.getProperty("bpf4j.testdata", "../testdata"));
    private static final Pattern FILE = Pattern.compile("^(\\S.*):\\s+file format elf64-bpf$");
    private static final Pattern SECTION = Pattern.compile("^Disassembly of section (.*):$");
    private static final Pattern INSN = Pattern.compile("^ *(\\d+):\\t[0-9a-f]{2}(?: [0-9a-f]{2})*\\t(.*)$");

    @TempDir
    static Path tmp;

    private static List<Path> objects;

    @BeforeAll
    static void collectObjects() throws IOException {
        DisassemblerTools.assumeTool("llvm-objdump-19");
        DisassemblerTools.assumeTool("llvm-mc-19");
        DisassemblerTools.assumeTool("llvm-objcopy-19");
        DisassemblerTools.assumeTool("clang-19");
        objects = new ArrayList<>();
        try (Stream<Path> s = Files.walk(TESTDATA.resolve("disasm/llvm"))) {
            for (Path src : s.filter(p -> p.toString().endsWith(".s")).sorted().toList()) {
                String name = src.getFileName().toString().replace(".s", "");
                objects.add(DisassemblerTools.assemble(tmp, name, Files.readString(src)));
            }
        }
        // The kernel-golden sources, compiled as capture.sh compiles them.
        try (Stream<Path> s = Files.list(TESTDATA.resolve("disasm/src"))) {
            for (Path c : s.filter(p -> p.toString().endsWith(".c")).sorted().toList()) {
                Path o = tmp.resolve("c-" + c.getFileName().toString().replace(".c", ".o"));
                DisassemblerTools.run(List.of("clang-19", "-O2", "-g", "-target", "bpf", "-mcpu=v4",
                        "-I/usr/include/" + System.getProperty("os.arch").replace("amd64", "x86_64") + "-linux-gnu",
                        "-c", c.toString(), "-o", o.toString()));
                objects.add(o);
            }
        }
        Path build = TESTDATA.resolve("build");
        if (Files.isDirectory(build)) {
            try (Stream<Path> s = Files.walk(build)) {
                s.filter(p -> p.toString().endsWith(".o")).sorted().forEach(objects::add);
            }
        }
        // Without a symbol table llvm-objdump labels jump targets with the section's name.
        for (Path o : List.copyOf(objects.subList(0, Math.min(3, objects.size())))) {
            Path stripped = tmp.resolve("stripped-" + objects.indexOf(o) + "-" + o.getFileName());
            DisassemblerTools.run(List.of("llvm-objcopy-19", "--strip-all", o.toString(), stripped.toString()));
            objects.add(stripped);
        }
    }

    @Test
    void plainObjdumpMatchesWithoutAlu32() throws IOException {
        compareAll(List.of(), LlvmStyle.of().withoutAlu32());
    }

    @Test
    void objdumpMcpuV4MatchesAlu32() throws IOException {
        compareAll(List.of("--mcpu=v4"), LlvmStyle.of());
    }

    private static void compareAll(List<String> options, LlvmStyle style) throws IOException {
        List<String> command = DisassemblerTools.args("llvm-objdump-19", "-d", "-r");
        command.addAll(options);
        objects.forEach(o -> command.add(o.toString()));
        Map<String, Map<String, Map<Integer, String>>> dump = parse(DisassemblerTools.run(command));

        int compared = 0;
        List<String> mismatches = new ArrayList<>();
        for (Path o : objects) {
            DisassemblerTestElf elf = DisassemblerTestElf.read(Files.readAllBytes(o));
            Map<String, Map<Integer, String>> sections = dump.get(o.toString());
            assertThat(sections).as("objdump output for " + o).isNotNull();
            for (DisassemblerTestElf.Section sec : elf.sections) {
                if (!sec.executable() || sec.bytes().length == 0) {
                    continue;
                }
                Map<Integer, String> lines = sections.get(sec.name());
                assertThat(lines).as(o + " section " + sec.name()).isNotNull();
                LlvmStyle s = style.withCallbacks(LlvmStyle.nearestSymbol(sec.name(), elf.labelSymbols(sec.index())));
                int pc = 0;
                for (Insn insn : InsnCodec.decode(sec.bytes())) {
                    boolean skip = insn.kind() == Insn.Kind.RAW
                            || (insn instanceof Atomic a && a.op().isAcquireRelease());
                    if (!skip) {
                        String expected = lines.get(pc);
                        String actual = s.format(insn, pc);
                        compared++;
                        if (!actual.equals(expected)) {
                            mismatches.add(o.getFileName() + " " + sec.name() + " " + pc + ": objdump \"" + expected
                                    + "\" ours \"" + actual + "\"");
                        }
                    }
                    pc += insn.slots();
                }
            }
        }
        assertThat(compared).as("instructions compared").isGreaterThan(200);
        assertThat(mismatches).isEmpty();
    }

    /** file -> section -> slot index -> instruction text. */
    private static Map<String, Map<String, Map<Integer, String>>> parse(String out) {
        Map<String, Map<String, Map<Integer, String>>> files = new HashMap<>();
        Map<String, Map<Integer, String>> sections = null;
        Map<Integer, String> lines = null;
        for (String line : out.split("\n")) {
            Matcher m;
            if ((m = FILE.matcher(line)).matches()) {
                sections = files.computeIfAbsent(m.group(1), k -> new HashMap<>());
                lines = null;
            } else if ((m = SECTION.matcher(line)).matches() && sections != null) {
                lines = sections.computeIfAbsent(m.group(1), k -> new HashMap<>());
            } else if ((m = INSN.matcher(line)).matches() && lines != null) {
                lines.put(Integer.parseInt(m.group(1)), m.group(2));
            }
        }
        return files;
    }
}
