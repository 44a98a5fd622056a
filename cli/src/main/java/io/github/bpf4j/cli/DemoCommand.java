package io.github.bpf4j.cli;

import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.CallKind;
import io.github.bpf4j.asm.Helper;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.asm.StoreImm;
import io.github.bpf4j.asm.StoreReg;
import io.github.bpf4j.asm.text.Assembler;
import io.github.bpf4j.asm.text.Assembly;
import io.github.bpf4j.asm.text.Disassembler;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bpf4j demo}: the main job on the bundled execsnoop program. It assembles the program from its bpf4j
 * assembly, prints it as the kernel's verifier log will, and explains what it does.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Assemble, disassemble and explain the bundled execsnoop program (tracepoint "
                + "syscalls/sys_enter_execve).")
final class DemoCommand implements Callable<Integer> {

    static final String EXAMPLE = "examples/execsnoop.s";

    @Spec
    CommandSpec spec;

    @Option(names = "--duration", paramLabel = "SECONDS",
            description = "how long to trace execs once the program is loaded (default: until Ctrl-C)")
    Integer duration;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String source = bundled(EXAMPLE);
        Assembly assembly = Assembler.assemble(source, EXAMPLE);
        Assembly.Section code = assembly.sections().stream().filter(Assembly.Section::isCode).findFirst()
                .orElseThrow(() -> new IllegalStateException(EXAMPLE + " has no code section"));
        List<Insn> insns = code.instructions();

        out.println("execsnoop, assembled by bpf4j from " + EXAMPLE + " (no clang involved)");
        out.println("  section     " + code.name());
        out.println("  attach to   tracepoint " + code.name().substring("tracepoint/".length()));
        out.println("  size        " + insns.size() + " instructions, " + InsnCodec.slotCount(insns) + " slots, "
                + code.size() + " bytes");
        out.println("  stack       " + stackDepth(insns) + " bytes below the frame pointer");
        out.println("  helpers     " + String.join(", ", helpers(insns)));
        Set<String> maps = new LinkedHashSet<>();
        for (Assembly.Relocation r : code.relocations()) {
            if (r.type() == Assembly.RelocationType.BPF_64_64) {
                maps.add(r.symbol().name());
            }
        }
        out.println("  maps        " + (maps.isEmpty() ? "none" : String.join(", ", maps)
                + " (perf event array: one record per exec goes to user space)"));
        out.println("  license     " + license(assembly));
        out.println();
        out.println("As the kernel's verifier log prints it:");
        for (String line : Disassembler.kernel().listing(insns)) {
            out.println("  " + line);
        }
        out.println();
        out.println("Each exec writes {pid, ppid, uid, comm, filename}: pid and uid from the current task's ids,");
        out.println("ppid from task->real_parent->tgid read with bpf_probe_read_kernel, comm from");
        out.println("bpf_get_current_comm, and the file name from user memory with bpf_probe_read_user_str.");
        out.flush();
        return Main.OK;
    }

    static String bundled(String resource) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the bundled " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The helpers called, by the kernel's names, in first-call order. */
    static Set<String> helpers(List<Insn> insns) {
        Set<String> names = new LinkedHashSet<>();
        for (Insn insn : insns) {
            if (insn instanceof Call call && call.callKind() == CallKind.HELPER) {
                Helper h = Helper.ofIdOrNull(call.imm());
                names.add(h == null ? "unknown#" + call.imm() : h.kernelName());
            }
        }
        return names;
    }

    /** The deepest byte below R10 that a store reaches. */
    static int stackDepth(List<Insn> insns) {
        int depth = 0;
        for (Insn insn : insns) {
            int off = 0;
            if (insn instanceof StoreReg st && st.dst() == Reg.R10) {
                off = st.off();
            } else if (insn instanceof StoreImm st && st.dst() == Reg.R10) {
                off = st.off();
            }
            depth = Math.max(depth, -off);
        }
        return depth;
    }

    private static String license(Assembly assembly) {
        return assembly.section("license").map(s -> {
            byte[] b = s.content();
            int n = 0;
            while (n < b.length && b[n] != 0) {
                n++;
            }
            return new String(b, 0, n, StandardCharsets.US_ASCII);
        }).orElse("none");
    }
}
