package io.github.bpf4j.asm.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Assembles every {@code .s} and {@code .s.gz} file under testdata with llvm-mc-19 and with bpf4j and compares each
 * non-debug section (type, flags, alignment, entry size, bytes), its relocations (offset, type, symbol name) and the
 * named symbols (absolute and common ones included). One llvm-mc process per file; a {@code .s.gz} is decompressed
 * into a temporary file first.
 */
@Tag("tool")
class AssemblerDifferentialTest {

    private static final String LLVM_MC = "llvm-mc-19";

    @TempDir
    static Path tmp;

    @BeforeAll
    static void needsLlvmMc() {
        assumeTrue(runs(LLVM_MC, "--version"), LLVM_MC + " is not installed (Debian package llvm-19)");
    }

    static boolean runs(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(
                    ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Path testdata() {
        return Path.of(System.getProperty("bpf4j.testdata", "../testdata"));
    }

    static Stream<Path> sources() throws IOException {
        Path root = testdata();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> list = files.filter(p -> (p.toString().endsWith(".s") || p.toString().endsWith(".s.gz"))
                    && Files.isRegularFile(p))
                    .map(root::relativize).sorted().toList();
            assertThat(list).as("assembly files under " + root).isNotEmpty();
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void sameSectionsAndRelocationsAsLlvmMc(Path relative) throws Exception {
        Path source = testdata().resolve(relative);
        if (relative.toString().endsWith(".gz")) {
            Path plain = tmp.resolve(relative.toString().replace('/', '_').replaceAll("\\.gz$", ""));
            Files.writeString(plain, FastPathEquivalenceTest.read(source));
            source = plain;
        }
        Path object = tmp.resolve(relative.toString().replace('/', '_') + ".o");
        Process p = new ProcessBuilder(LLVM_MC, "-triple", "bpfel", "-mcpu=v4", "-filetype=obj", source.toString(),
                "-o", object.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        if (p.exitValue() != 0) {
            // llvm-mc refuses the file (clang -S can write lines its own assembler does not take back, such as
            // 'r1 = w1'): bpf4j must refuse it too, at the same line
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(\\d+):\\d+: error:").matcher(out);
            assertThat(m.find()).as("llvm-mc-19 on %s failed without a positioned error: %s", relative, out)
                    .isTrue();
            int line = Integer.parseInt(m.group(1));
            try (Reader in = Files.newBufferedReader(source)) {
                Reader r = in;
                assertThatThrownBy(() -> Assembler.assemble(r, relative.toString(), Dialect.LLVM))
                        .as("llvm-mc-19 refuses %s: %s", relative, out)
                        .isInstanceOfSatisfying(AsmSyntaxException.class, e -> assertThat(e.line()).isEqualTo(line));
            }
            return;
        }
        AsmElfReader elf = new AsmElfReader(Files.readAllBytes(object));

        Assembly ours;
        try (Reader in = Files.newBufferedReader(source)) {
            ours = Assembler.assemble(in, relative.toString(), Dialect.LLVM);
        }

        Set<String> expectedNames = new HashSet<>();
        for (AsmElfReader.Sec s : elf.sections) {
            if (s.index() == 0 || s.type() == AsmElfReader.SHT_STRTAB || s.type() == AsmElfReader.SHT_SYMTAB
                    || s.type() == AsmElfReader.SHT_REL || s.type() == AsmElfReader.SHT_LLVM_ADDRSIG
                    || s.name().startsWith(".debug_")) {
                continue;
            }
            expectedNames.add(s.name());
            Assembly.Section mine = ours.section(s.name()).orElse(null);
            assertThat(mine).as("section %s", s.name()).isNotNull();
            assertThat(mine.type().code()).as("type of %s", s.name()).isEqualTo(s.type());
            assertThat(Assembly.SectionFlag.maskOf(mine.flags())).as("flags of %s", s.name()).isEqualTo(s.flags());
            assertThat(mine.alignment()).as("alignment of %s", s.name()).isEqualTo(s.align());
            assertThat((long) mine.entrySize()).as("entry size of %s", s.name()).isEqualTo(s.entsize());
            assertThat(mine.size()).as("size of %s", s.name()).isEqualTo(s.size());
            assertThat(hex(mine.content())).as("bytes of %s", s.name()).isEqualTo(hex(s.data()));
            assertThat(relocations(mine)).as("relocations of %s", s.name()).isEqualTo(relocations(elf, s));
        }
        List<String> ourNames = new ArrayList<>();
        for (Assembly.Section s : ours.sections()) {
            ourNames.add(s.name());
        }
        assertThat(ourNames).as("sections").containsExactlyInAnyOrderElementsOf(expectedNames);
        assertThat(symbols(ours)).as("symbols").containsExactlyInAnyOrderElementsOf(symbols(elf));
    }

    private static List<String> relocations(Assembly.Section s) {
        List<String> out = new ArrayList<>();
        for (Assembly.Relocation r : s.relocations()) {
            out.add(r.offset() + " " + r.type().code() + " " + r.symbol().name());
        }
        return out;
    }

    private static List<String> relocations(AsmElfReader elf, AsmElfReader.Sec target) {
        List<String> out = new ArrayList<>();
        for (AsmElfReader.Sec rel : elf.sections) {
            if (rel.type() == AsmElfReader.SHT_REL && rel.info() == target.index()) {
                for (AsmElfReader.Rel r : elf.relocations(rel)) {
                    out.add(r.offset() + " " + r.type() + " " + elf.symbolName(r.symbol()));
                }
            }
        }
        return out;
    }

    /** Named symbols (not section symbols, which only exist for relocations, compared above). */
    private static List<String> symbols(Assembly a) {
        List<String> out = new ArrayList<>();
        for (Assembly.Symbol s : a.symbols()) {
            if (s.type() != Assembly.SymbolType.SECTION) {
                out.add(s.name() + " " + (s.section() == null ? "UND" : s.section()) + " " + s.value() + " " + s.size()
                        + " " + s.type().code() + " " + s.binding().code());
            }
        }
        return out;
    }

    private static List<String> symbols(AsmElfReader elf) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < elf.symbols.size(); i++) {
            AsmElfReader.Sym s = elf.symbols.get(i);
            if (s.type() == 3) {
                continue;
            }
            if (s.sectionIndex() != 0 && s.sectionIndex() < 0xff00
                    && elf.sections.get(s.sectionIndex()).name().startsWith(".debug_")) {
                continue;
            }
            // a FILE symbol sits in SHN_ABS too; the assembly lists it without a section
            String section = s.type() == 4 || s.sectionIndex() == 0 ? "UND"
                    : s.sectionIndex() == 0xfff1 ? Assembly.Symbol.ABSOLUTE
                    : s.sectionIndex() == 0xfff2 ? Assembly.Symbol.COMMON : elf.sections.get(s.sectionIndex()).name();
            out.add(s.name() + " " + section + " " + s.value() + " " + s.size() + " " + s.type() + " " + s.bind());
        }
        return out;
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 3);
        for (int i = 0; i < b.length; i++) {
            if (i > 0 && i % 16 == 0) {
                sb.append('\n');
            }
            sb.append(String.format("%02x ", b[i] & 0xff));
        }
        return sb.toString();
    }
}
