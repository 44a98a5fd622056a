package io.github.bpf4j.asm.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.asm.BuiltProgram;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.Pseudo;
import io.github.bpf4j.asm.ProgramBuilderAccess;
import io.github.bpf4j.asm.SymbolRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The builder's bytes against llvm-mc-19's for the same program text. llvm-mc leaves symbol references to the
 * linker as relocations with the 64-bit load's source register 0 and the addend in its immediate; the builder
 * writes the kernel's form (source register MAP_FD or MAP_VALUE, offset in the second immediate) plus a
 * {@link SymbolRef}. The test turns each reference into llvm-mc's form and compares bytes, and compares the
 * references with the relocations.
 */
@Tag("tool")
class ProgramBuilderLlvmMcTest {

    @TempDir
    Path tmp;

    @Test
    void realisticProgramMatchesLlvmMc() throws Exception {
        DisassemblerTools.assumeTool("llvm-mc-19");
        Path o = DisassemblerTools.assemble(tmp, "realistic", ProgramBuilderAccess.realisticText());
        DisassemblerTestElf elf = DisassemblerTestElf.read(Files.readAllBytes(o));
        DisassemblerTestElf.Section text = elf.sections.stream().filter(s -> s.name().equals(".text")).findFirst()
                .orElseThrow();

        BuiltProgram p = ProgramBuilderAccess.realistic().build();
        List<Insn> elfForm = new ArrayList<>(p.insns());
        List<String> refs = new ArrayList<>();
        int index = 0;
        int slot = 0;
        for (Insn insn : p.insns()) {
            for (SymbolRef r : p.references()) {
                if (r.slot() == slot && insn instanceof LoadImm64 ld) {
                    elfForm.set(index, new LoadImm64(ld.dst(), Pseudo.NONE, (int) r.addend(), 0));
                }
            }
            slot += insn.slots();
            index++;
        }
        for (SymbolRef r : p.references()) {
            refs.add(r.slot() * 8L + " " + r.symbol());
        }
        assertThat(InsnCodec.encode(elfForm)).isEqualTo(text.bytes());
        List<String> relocations = new ArrayList<>();
        for (DisassemblerTestElf.Relocation r : elf.relocations) {
            if (r.target() == text.index()) {
                relocations.add(r.offset() + " " + r.symbol());
            }
        }
        assertThat(refs).containsExactlyElementsOf(relocations);
    }
}
