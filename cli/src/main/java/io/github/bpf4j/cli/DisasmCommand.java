package io.github.bpf4j.cli;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.asm.text.Disassembler;
import io.github.bpf4j.asm.text.LlvmStyle;
import io.github.bpf4j.elf.ElfFile;
import io.github.bpf4j.elf.ElfSection;
import io.github.bpf4j.elf.ElfSymbol;
import java.io.PrintWriter;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bpf4j disasm IN.bin|IN.o [--section S] [--style kernel|llvm]}. */
@Command(name = "disasm", mixinStandardHelpOptions = true,
        description = {"Disassemble raw instructions or the code sections of a BPF ELF object.",
            "The kernel style prints each instruction as the verifier log does; the llvm style as llvm-objdump -d."})
final class DisasmCommand implements Callable<Integer> {

    enum Style { kernel, llvm }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "raw little-endian instructions (.bin) or an ELF object")
    Path input;

    @Option(names = "--section", paramLabel = "S", description = "only this section of an object")
    String section;

    @Option(names = "--style", paramLabel = "STYLE", defaultValue = "kernel",
            description = "kernel (default) or llvm")
    Style style;

    @Option(names = "--plain", description = "instruction text only, one per line, as the assembler reads it back")
    boolean plain;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        byte[] bytes = Inputs.read(input);
        if (!Inputs.isElf(bytes)) {
            if (section != null) {
                throw new UsageException("--section needs an ELF object; " + input + " holds raw instructions");
            }
            if (bytes.length % InsnCodec.SLOT != 0) {
                throw new UsageException(input + ": " + bytes.length + " bytes are not a whole number of 8-byte"
                        + " instructions (" + bytes.length % InsnCodec.SLOT + " bytes over at byte offset "
                        + (bytes.length - bytes.length % InsnCodec.SLOT) + ")");
            }
            print(out, InsnCodec.decode(bytes), LlvmStyle.of(), Map.of());
            out.flush();
            return Main.OK;
        }
        ElfFile elf = ElfFile.read(bytes);
        List<ElfSection> code = new ArrayList<>();
        for (ElfSection s : elf.sections()) {
            if (s.isExecutable() && s.hasFileBytes() && (section == null || s.name().equals(section))) {
                code.add(s);
            }
        }
        if (code.isEmpty()) {
            throw new UsageException(section == null ? input + ": no code sections"
                    : input + ": no code section named '" + section + "'");
        }
        for (ElfSection s : code) {
            byte[] text = elf.contents(s);
            List<Insn> insns = InsnCodec.decode(text, 0, text.length - text.length % InsnCodec.SLOT, elf.order());
            Map<String, Long> labels = new LinkedHashMap<>();
            for (ElfSymbol sym : elf.symbols()) {
                if (sym.sectionIndex() == s.index() && !sym.name().isEmpty() && sym.type() != ElfSymbol.SECTION) {
                    labels.put(sym.name(), sym.value());
                }
            }
            if (!plain) {
                out.println("section " + s.name() + ":");
            }
            print(out, insns, LlvmStyle.of(LlvmStyle.nearestSymbol(labels)), labels);
        }
        out.flush();
        return Main.OK;
    }

    /** One line per instruction, each symbol's name as a label line before it (unless --plain). */
    private void print(PrintWriter out, List<Insn> insns, LlvmStyle llvmStyle, Map<String, Long> labels) {
        Disassembler d = style == Style.kernel ? Disassembler.kernel() : plain ? LlvmStyle.of() : llvmStyle;
        Map<Long, String> byOffset = new HashMap<>();
        labels.forEach((name, at) -> byOffset.putIfAbsent(at, name));
        int pc = 0;
        for (Insn insn : insns) {
            String label = byOffset.get((long) pc * InsnCodec.SLOT);
            if (label != null && !plain) {
                out.println(label + ":");
            }
            out.println(plain ? d.format(insn, pc) : d.line(insn, pc));
            pc += insn.slots();
        }
    }
}
