package io.github.bpf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.asm.text.Assembly;
import io.github.bpf4j.elf.ElfFile;
import io.github.bpf4j.elf.ElfRelocation;
import io.github.bpf4j.elf.ElfSection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bundled examples are valid LLVM syntax but for bpf4j's extensions: llvm-mc-19 assembles each file (with its
 * {@code .set} defaults, and its CO-RE references as the local values) to the same program bytes and map relocations
 * as bpf4j does.
 */
@Tag("tool")
class ExampleLlvmTest {

    static final String LLVM_MC = "llvm-mc-19";

    @TempDir
    Path dir;

    record Reloc(long offset, String symbol) {}

    @ParameterizedTest(name = "{0}")
    @EnumSource(Example.class)
    void llvmMcAssemblesTheSameProgram(Example example) throws IOException, InterruptedException {
        Path src = dir.resolve(example.exampleName() + ".s");
        ExampleSource ours = ExampleSource.of(example.resource(), Map.of(),
                example.usesCore() ? ExampleSourceTest.clangBtf() : null);
        Files.writeString(src, plainLlvm(ExampleSource.bundled(example.resource()), ours.assembly()));
        Path obj = dir.resolve(example.exampleName() + ".o");
        Process p;
        try {
            p = new ProcessBuilder(LLVM_MC, "-triple", "bpfel", "-filetype=obj", "-o", obj.toString(),
                    src.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.<Void>abort(LLVM_MC + " is not installed (Debian package llvm-19)");
            return;
        }
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();

        ElfFile elf = ElfFile.read(obj);
        assertThat(ours.programs()).isNotEmpty();
        for (Assembly.Section s : ours.programs()) {
            ElfSection theirs = elf.section(s.name()).orElseThrow(() -> new AssertionError(
                    "llvm-mc has no section " + s.name()));
            assertThat(s.content()).as(s.name()).isEqualTo(elf.contents(theirs));
            List<Reloc> theirRelocs = new ArrayList<>();
            for (ElfSection rel : elf.relocationSectionsFor(theirs)) {
                for (ElfRelocation r : elf.relocations(rel)) {
                    theirRelocs.add(new Reloc(r.offset(), elf.symbols().get(r.symbolIndex()).name()));
                }
            }
            assertThat(s.relocations()).extracting(r -> new Reloc(r.offset(), r.symbol().name()))
                    .as(s.name()).containsExactlyInAnyOrderElementsOf(theirRelocs);
        }
    }

    /**
     * The text llvm-mc reads: bpf4j's extensions taken out, each {@code core(...)} replaced by the local value the
     * assembler put in its instruction (in file order) and each {@code .bpf_map} line dropped (the map's name then
     * stays an undefined symbol for llvm-mc, relocated the same).
     */
    static String plainLlvm(String text, Assembly assembly) {
        List<Long> values = new ArrayList<>();
        assembly.coreRelocations().values().forEach(l -> l.forEach(r -> values.add(r.localValue())));
        java.util.Iterator<Long> next = values.iterator();
        String out = java.util.regex.Pattern.compile("(?m)^[ \\t]*\\.bpf_map[^\n]*$").matcher(text).replaceAll("");
        StringBuilder sb = new StringBuilder();
        for (String line : out.split("\n", -1)) {
            int hash = line.indexOf('#');
            String code = hash < 0 ? line : line.substring(0, hash);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("core[a-z_]*\\([^()]*\\)").matcher(code);
            StringBuilder c = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(c, String.valueOf(next.next()));
            }
            m.appendTail(c);
            sb.append(c).append(hash < 0 ? "" : line.substring(hash)).append('\n');
        }
        assertThat(next.hasNext()).as("every CO-RE reference replaced").isFalse();
        return sb.toString();
    }
}
