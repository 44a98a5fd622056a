package io.github.bpf4j.cli;

import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.CallKind;
import io.github.bpf4j.asm.Helper;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.asm.StoreImm;
import io.github.bpf4j.asm.StoreReg;
import io.github.bpf4j.asm.text.Assembly;
import io.github.bpf4j.asm.text.Disassembler;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.core.CoreOutcome;
import io.github.bpf4j.sys.LoadOptions;
import io.github.bpf4j.sys.Program;
import io.github.bpf4j.verifier.KernelProfile;
import io.github.bpf4j.verifier.MapDef;
import io.github.bpf4j.verifier.ProgramInput;
import io.github.bpf4j.verifier.Verdict;
import io.github.bpf4j.verifier.Verifier;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bpf4j demo}: the main job on the bundled execsnoop program. Offline, it assembles the program from its bpf4j
 * assembly (CO-RE references relocated against the running kernel's BTF), prints it as the kernel's verifier log will, explains
 * what it does and asks the verifier simulator about it. Live, it loads and attaches the program and prints
 * {@code PID PPID UID COMM FILENAME} for every exec until Ctrl-C or {@code --duration}.
 *
 * <p>Without the privileges to trace (CAP_BPF + CAP_PERFMON, or root) it shows the offline part, says which
 * capability is missing and exits 0: the offline demo succeeded, and a missing privilege is not bad input.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Assemble, disassemble, explain and check the bundled execsnoop program (tracepoint "
                + "syscalls/sys_enter_execve), then run it on the live kernel: PID PPID UID COMM FILENAME per exec.")
final class DemoCommand implements Callable<Integer> {

    static final String EXAMPLE = "examples/execsnoop.s";

    @Spec
    CommandSpec spec;

    @Option(names = "--duration", paramLabel = "SECONDS",
            description = "how long to trace execs once the program is loaded (default: until Ctrl-C)")
    Integer duration;

    @Option(names = "--offline", description = "only the offline part: assemble, list, explain, simulate")
    boolean offline;

    @Option(names = "--btf", paramLabel = "FILE", description = "the BTF to relocate the program's CO-RE "
            + "references against (default: the running kernel's; where it has none, the types of Linux 6.18 "
            + "bundled with the examples, and only the offline part runs)")
    Path btf;

    /** The BTF the demo relocates against, and how the listing names it. */
    record Target(Btf btf, String what, boolean live) {}

    /**
     * {@code --btf FILE} when given; else the running kernel's BTF at {@code vmlinux}; else, on a machine without
     * kernel BTF, {@link Example#BUNDLED_BTF} (offsets of Linux 6.18: good for reading, not for loading).
     */
    static Target target(Path explicit, Path vmlinux) {
        if (explicit != null) {
            return new Target(BtfCommand.Source.read(explicit), explicit.toString(), true);
        }
        if (Files.isReadable(vmlinux)) {
            return new Target(BtfCommand.Source.read(vmlinux), vmlinux.toString(), true);
        }
        return new Target(Example.bundledBtf(), "the types of Linux " + Example.BUNDLED_BTF_RELEASE
                + " bundled with the examples, as " + vmlinux + " is absent here (CONFIG_DEBUG_INFO_BTF)", false);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Duration limit = RunCommand.duration(duration);
        Target target = target(btf, Example.VMLINUX);
        Example example = Example.EXECSNOOP;
        ExampleSource source = ExampleSource.of(EXAMPLE, example.bindings(target.btf(), 0), target.btf());
        Assembly assembly = source.assembly();
        Assembly.Section code = source.programs().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException(EXAMPLE + " has no code section"));
        List<Insn> insns = code.instructions();

        out.println("execsnoop, assembled by bpf4j from " + EXAMPLE + " (no clang involved)");
        out.println("  section     " + code.name());
        out.println("  attach to   tracepoint " + code.name().substring("tracepoint/".length()));
        out.println("  size        " + insns.size() + " instructions, " + InsnCodec.slotCount(insns) + " slots, "
                + code.size() + " bytes");
        out.println("  stack       " + stackDepth(insns) + " bytes below the frame pointer");
        out.println("  helpers     " + String.join(", ", helpers(insns)));
        Set<String> maps = source.mapNames();
        out.println("  maps        " + (maps.isEmpty() ? "none" : String.join(", ", maps)
                + " (perf event array: one record per exec goes to user space)"));
        out.println("  offsets     " + source.core().stream().map(DemoCommand::offset)
                .collect(java.util.stream.Collectors.joining(", "))
                + " (CO-RE relocations of the object, applied against " + target.what() + " as libbpf does)");
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
        out.println();
        out.println(offlineCheck(code));
        out.flush();

        if (offline) {
            return Main.OK;
        }
        if (!target.live()) {
            out.println("live part skipped: loading execsnoop needs the running kernel's BTF for its CO-RE "
                    + "relocations, and " + Example.VMLINUX + " is absent (CONFIG_DEBUG_INFO_BTF)");
            out.flush();
            return Main.OK;
        }
        // Without the privileges to trace, the offline part above is the demo: it succeeded, so exit 0.
        Optional<String> missing = ExampleRun.privilegeProblem();
        if (missing.isPresent()) {
            out.println("live part skipped: tracing " + missing.get());
            out.flush();
            return Main.OK;
        }
        out.println("Loading and attaching to tracepoint syscalls/sys_enter_execve; "
                + (limit == null ? "Ctrl-C stops." : "stopping after " + limit.toSeconds() + " s."));
        out.flush();
        return RunCommand.live(example, source, LoadOptions.defaults().withLogLevel(1), null, limit,
                spec.commandLine().getErr(), out, run -> {
                    Program p = run.programs().values().iterator().next();
                    Integer processed = p.outcome().processed();
                    out.println("kernel verifier: accepted" + (processed == null ? ""
                            : ", " + processed + " instructions processed"));
                    out.println();
                });
    }

    /** The simulator's verdict on the program, one line; never fails the demo. */
    static String offlineCheck(Assembly.Section code) {
        String what = "offline check (bpf-verifier-sim, Linux 6.18): ";
        try {
            List<Insn> insns = ExampleSource.linked(code, map -> 0);
            Verdict v = Verifier.forKernel(KernelProfile.linux618()).verify(new ProgramInput(insns,
                    io.github.bpf4j.verifier.ProgType.TRACEPOINT, null, List.of(new MapDef(
                            io.github.bpf4j.verifier.MapType.PERF_EVENT_ARRAY, 4, 4, Example.possibleCpus(), 0))));
            if (v.internalBug() != null) {
                return "offline check: simulator not ready for this program (" + v.internalBug() + ")";
            }
            if (v.accepted()) {
                return what + "accepted" + (v.processed() == null ? "" : ", " + v.processed()
                        + " instructions processed");
            }
            return what + "rejected at instruction " + v.insn() + ": " + v.message() + " (" + v.errno() + ")";
        } catch (RuntimeException | LinkageError e) {
            return "offline check: simulator not ready for this program (" + e + ")";
        }
    }

    /** One relocation as the listing shows it: {@code task_struct.real_parent 1280}. */
    static String offset(CoreOutcome o) {
        String spec = o.local().text();
        // libbpf's spec text: "<byte_off> [2] struct task_struct.real_parent (0:57 @ offset 1432)"
        int type = spec.indexOf("] ");
        int paren = spec.lastIndexOf(" (");
        String what = type < 0 || paren < type ? spec : spec.substring(type + 2, paren)
                .replaceFirst("^(struct|union|enum|typedef) ", "");
        return what + " " + o.newValue();
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
