package io.github.bpf4j.cli;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfExt;
import io.github.bpf4j.btf.core.CoreOutcome;
import io.github.bpf4j.btf.core.CoreRelocationException;
import io.github.bpf4j.btf.core.CoreRelocator;
import io.github.bpf4j.btf.core.CoreResult;
import io.github.bpf4j.elf.BpfObject;
import io.github.bpf4j.elf.ElfFile;
import io.github.bpf4j.elf.ElfWriter;
import io.github.bpf4j.elf.RelocatableObject;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bpf4j core PROG.o [--btf FILE] [-o OUT.o]}: the CO-RE relocations of an object applied against a
 * target kernel's BTF, as libbpf 1.1 applies them at load (one candidate cache for the whole object, relocations
 * in .BTF.ext order per section).
 */
@Command(name = "core", mixinStandardHelpOptions = true,
        description = {"List every CO-RE relocation of an object with its local spec, target spec and result.",
            "With -o, write the object with the relocations applied (pre-relocated for the target kernel).",
            "Exit 1 when a relocation fails the way libbpf would fail the load."})
final class CoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PROG.o", description = "a BPF object compiled with CO-RE relocations")
    Path input;

    @Mixin
    BtfCommand.Source target;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.o", description = "write the relocated object")
    Path output;

    @Override
    public Integer call() {
        byte[] bytes = Inputs.read(input);
        if (!Inputs.isElf(bytes)) {
            throw new UsageException(input + " is not an ELF object");
        }
        ElfFile elf = ElfFile.read(bytes);
        BpfObject obj = BpfObject.read(bytes, input.getFileName().toString());
        Btf local = obj.btf().orElseThrow(() -> new UsageException(input + " has no .BTF section"));
        Map<String, List<BtfExt.CoreRelo>> relos = obj.btfExt().map(BtfExt::coreRelos).orElse(Map.of());
        Btf targetBtf = target.read();
        CoreRelocator relocator = CoreRelocator.of(local, targetBtf);
        PrintWriter out = spec.commandLine().getOut();
        RelocatableObject contents = RelocatableObject.of(elf);
        List<RelocatableObject.Section> sections = new ArrayList<>(contents.sections());
        int total = 0;
        int poisoned = 0;
        try {
            for (Map.Entry<String, List<BtfExt.CoreRelo>> e : relos.entrySet()) {
                int at = contents.sectionIndex(e.getKey());
                if (at < 0) {
                    throw new UsageException(input + ": .BTF.ext names section '" + e.getKey() + "', which is missing");
                }
                RelocatableObject.Section s = sections.get(at);
                byte[] code = s.data();
                List<Insn> insns = InsnCodec.decode(code, 0, code.length - code.length % 8, elf.order());
                CoreResult r = relocator.relocate(insns, e.getValue());
                out.println("section " + e.getKey() + ": " + r.outcomes().size() + " relocations");
                for (CoreOutcome o : r.outcomes()) {
                    out.println("  " + describe(o));
                }
                total += r.outcomes().size();
                poisoned += (int) r.poisonedCount();
                byte[] patched = InsnCodec.encode(r.insns(), elf.order());
                System.arraycopy(patched, 0, code, 0, patched.length);
                sections.set(at, new RelocatableObject.Section(s.name(), s.type(), s.flags(), s.align(), s.entsize(),
                        code, s.size(), s.relocations()));
            }
        } catch (CoreRelocationException e) {
            out.flush();
            spec.commandLine().getErr().println("bpf4j: " + input + ": relocation #" + e.relocation() + " at insn "
                    + e.insn() + " (" + e.kind().libbpfName() + "): " + e.detail() + " (" + e.errno() + ")");
            return Main.NEGATIVE;
        }
        out.println(total + " relocations, " + poisoned + " poisoned");
        out.flush();
        if (output != null) {
            Inputs.write(output, ElfWriter.write(new RelocatableObject(contents.order(), sections,
                    contents.symbols())));
        }
        return Main.OK;
    }

    private static String describe(CoreOutcome o) {
        StringBuilder b = new StringBuilder();
        b.append("#").append(o.index()).append(" insn ").append(o.insnIndex()).append(' ')
                .append(o.relo().kind().libbpfName()).append(": local ").append(o.local().text());
        b.append(o.target().map(t -> ", target " + t.text()).orElse(", no target"));
        if (o.poisoned()) {
            b.append(": poisoned (").append(o.reason()).append(')');
        } else {
            b.append(": ").append(o.origValue()).append(" -> ").append(o.newValue());
        }
        return b.toString();
    }
}
