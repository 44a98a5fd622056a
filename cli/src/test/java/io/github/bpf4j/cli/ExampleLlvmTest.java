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
 * The bundled examples are valid LLVM syntax: llvm-mc-19 assembles each file as it is bundled (with its {@code .set}
 * defaults) to the same program bytes and map relocations as bpf4j does after binding those defaults.
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
        Files.writeString(src, ExampleSource.bundled(example.resource()));
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
        ExampleSource ours = ExampleSource.of(example.resource(), Map.of());
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
}
