package io.github.bpf4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code bpf4j} command. Exit codes: 0 success, 1 a negative answer, 2 bad input or usage. */
@Command(name = "bpf4j", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A pure-Java BPF toolchain.",
        subcommands = {AsmCommand.class, DisasmCommand.class, BtfCommand.class, CoreCommand.class, VerifyCommand.class, DemoCommand.class, RunCommand.class, FeaturesCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int NEGATIVE = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; used by tests. */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(t -> BAD_INPUT);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println(Errors.describe(ex));
            line.getErr().flush();
            return Errors.exitCode(ex);
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("bpf4j: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return BAD_INPUT;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws Exception {
            var props = new java.util.Properties();
            try (var in = Main.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    props.load(in);
                }
            }
            return new String[] {"bpf4j " + props.getProperty("version", "unknown")};
        }
    }
}
