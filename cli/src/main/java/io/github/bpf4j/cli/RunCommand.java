package io.github.bpf4j.cli;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.sys.BpfException;
import io.github.bpf4j.sys.LoadOptions;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bpf4j run EXAMPLE}: assembles a bundled example, loads and attaches it on the running kernel and prints its
 * events until Ctrl-C or {@code --duration}. Exit codes: 0 after a run, 1 when the kernel refuses (privileges, a
 * verifier rejection, a missing attach point), 2 for bad usage.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a bundled example on the live kernel: execsnoop, execsnoop-ringbuf, writetrack, "
                + "uprobe-add (see --list).")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXAMPLE", description = "the example to run")
    String name;

    @Option(names = "--list", description = "list the bundled examples")
    boolean list;

    @Option(names = "--duration", paramLabel = "SECONDS",
            description = "stop after this many seconds (default: until Ctrl-C)")
    Integer duration;

    @Option(names = "--binary", paramLabel = "PATH", description = "the program to probe (uprobe-add)")
    Path binary;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            for (Example e : Example.values()) {
                out.println(String.format(Locale.ROOT, "%-18s %s", e.exampleName(), e.description()));
            }
            out.flush();
            return Main.OK;
        }
        if (name == null) {
            throw new UsageException("name an example to run (one of " + String.join(", ", Example.names())
                    + "), or --list");
        }
        Example example = Example.named(name).orElseThrow(() -> new UsageException("no example '" + name
                + "': the bundled ones are " + String.join(", ", Example.names())));
        Duration limit = duration(duration);
        if (example == Example.UPROBE_ADD) {
            checkBinary(binary);
        }
        Optional<String> missing = ExampleRun.privilegeProblem();
        if (missing.isPresent()) {
            spec.commandLine().getErr().println("bpf4j: " + example.exampleName() + ": tracing " + missing.get());
            spec.commandLine().getErr().flush();
            return Main.NEGATIVE;
        }
        Btf kernel = example.needsKernelBtf() ? kernelBtf().orElse(null) : null;
        if (kernel == null && example.usesCore()) {
            throw new UsageException(example.exampleName() + " reads kernel structures through CO-RE relocations, "
                    + "and this kernel has no BTF at " + Example.VMLINUX + " (CONFIG_DEBUG_INFO_BTF)");
        }
        ExampleSource source = ExampleSource.of(example.resource(), example.bindings(kernel,
                ProcessHandle.current().pid()), example.usesCore() ? kernel : null);
        return live(example, source, LoadOptions.defaults(), binary, limit, spec.commandLine().getErr(), out,
                run -> { });
    }

    /**
     * Loads, attaches and prints; a refusal by the kernel is reported on {@code err} with exit code 1.
     *
     * @param loaded told once the programs are loaded, before they are attached
     */
    static int live(Example example, ExampleSource source, LoadOptions options, Path binary, Duration limit,
            PrintWriter err, PrintWriter out, Consumer<ExampleRun> loaded) {
        try (ExampleRun run = ExampleRun.load(example, source, options)) {
            loaded.accept(run);
            run.attach(binary);
            run.printUntilStopped(out, limit);
            return Main.OK;
        } catch (BpfException e) {
            err.println("bpf4j: " + example.exampleName() + ": " + e.getMessage());
            err.flush();
            return Main.NEGATIVE;
        }
    }

    /** {@code --duration} as a duration, or {@code null} for "until Ctrl-C". */
    static Duration duration(Integer seconds) {
        if (seconds == null) {
            return null;
        }
        if (seconds <= 0) {
            throw new UsageException("--duration must be a positive number of seconds, not " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }

    static void checkBinary(Path binary) {
        if (binary == null) {
            throw new UsageException("uprobe-add needs --binary PATH: a program with a function `int add(int, int)`");
        }
        if (!Files.isRegularFile(binary)) {
            throw new UsageException("--binary " + binary + ": no such file");
        }
    }

    /** The running kernel's BTF, or empty where /sys/kernel/btf/vmlinux is absent. */
    static Optional<Btf> kernelBtf() {
        if (!Files.isReadable(Example.VMLINUX)) {
            return Optional.empty();
        }
        return Optional.of(Btf.read(Example.VMLINUX));
    }
}
