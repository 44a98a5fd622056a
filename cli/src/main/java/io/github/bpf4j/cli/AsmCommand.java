package io.github.bpf4j.cli;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.asm.text.Assembler;
import io.github.bpf4j.asm.text.Assembly;
import io.github.bpf4j.asm.text.Dialect;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bpf4j asm IN.s -o OUT.bin|OUT.o}. */
@Command(name = "asm", mixinStandardHelpOptions = true,
        description = {"Assemble LLVM BPF syntax (as clang -S writes it) or lines pasted from a verifier log.",
            "OUT.bin gets the raw little-endian instructions of the one code section; OUT.o a relocatable ELF object.",
            "CO-RE references (core(task_struct, real_parent) and the other core_* forms) resolve against --btf; the",
            "object then carries their local BTF and .BTF.ext records, and loads with bpf4j or libbpf."})
final class AsmCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN.s", description = "the assembly text")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
            description = "OUT.bin for raw instructions, OUT.o for an ELF object")
    Path output;

    @picocli.CommandLine.Mixin
    BtfCommand.Source btf;

    @Override
    public Integer call() throws IOException {
        Dialect dialect;
        try (Reader probe = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            char[] head = new char[4096];
            int n = probe.read(head);
            dialect = Dialect.detect(n <= 0 ? "" : new String(head, 0, n));
        } catch (NoSuchFileException e) {
            throw new UsageException(input + ": no such file");
        }
        try (Reader in = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
            if (output.toString().endsWith(".o")) {
                ObjectFiles.KernelTypes core = new ObjectFiles.KernelTypes(btf::read,
                        btf.file.toString());
                Assembly assembly = Assembler.assemble(in, input.toString(), dialect, core);
                Inputs.write(output, ObjectFiles.write(assembly, core));
            } else {
                List<Insn> insns = Assembler.assembleInstructions(in, input.toString(), dialect);
                Inputs.write(output, InsnCodec.encode(insns));
            }
        }
        return Main.OK;
    }
}
