package io.github.bpf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bpf4j demo} and {@code bpf4j run EXAMPLE} on the live kernel, each in a JVM of its own: the test waits for
 * the column header (printed once the programs are attached), makes the activity the example traces, and looks for
 * it in the output after {@code --duration} ends the run.
 */
@Tag("kernel")
class ExampleKernelTest {

    static final String EXEC_HEADER = "PID     PPID    UID";
    static final long START_SECONDS = 30;

    @TempDir
    Path dir;

    @BeforeAll
    static void assumeTracing() {
        assumeTrue(ExampleRun.privilegeProblem().isEmpty(), "tracing needs CAP_BPF + CAP_PERFMON or root: "
                + ExampleRun.privilegeProblem().orElse(""));
        if (!Files.isDirectory(Path.of("/sys/kernel/tracing/events"))) {
            run("mount", "-t", "tracefs", "nodev", "/sys/kernel/tracing");
        }
        assumeTrue(Files.isDirectory(Path.of("/sys/kernel/tracing/events")),
                "tracefs is not mounted at /sys/kernel/tracing and could not be mounted");
        assumeTrue(Files.isReadable(Example.VMLINUX), "the kernel has no BTF at " + Example.VMLINUX);
    }

    static int uid() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("Uid:"))
                .map(l -> Integer.parseInt(l.split("\\s+")[1])).findFirst().orElseThrow();
    }

    /** Runs /bin/true three times and returns the children's pids. */
    static List<Long> execTrue() throws IOException, InterruptedException {
        List<Long> pids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Process p = new ProcessBuilder("/bin/true").start();
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            pids.add(p.pid());
        }
        return pids;
    }

    /** Asserts a line {@code PID PPID UID COMM FILENAME} for one of the children, with this JVM as parent. */
    static void assertSeesExecs(List<String> lines, List<Long> children) throws IOException {
        long me = ProcessHandle.current().pid();
        int uid = uid();
        assertThat(lines).as("output").filteredOn(l -> l.matches("\\d+ +\\d+ +\\d+ .*")).anySatisfy(line -> {
            String[] f = line.trim().split("\\s+");
            assertThat(f).hasSizeGreaterThanOrEqualTo(5);
            assertThat(Long.parseLong(f[0])).isIn(children);
            assertThat(Long.parseLong(f[1])).isEqualTo(me);
            assertThat(Integer.parseInt(f[2])).isEqualTo(uid);
            assertThat(f[f.length - 1]).isEqualTo("/bin/true");
        });
    }

    @Test
    void demoPrintsEveryExecWithItsParent() throws Exception {
        try (CliProcess cli = CliProcess.start(EXEC_HEADER, "demo", "--duration", "3")) {
            assertThat(cli.awaitReady(START_SECONDS)).as("attached; " + cli.lines() + cli.err()).isTrue();
            List<Long> children = execTrue();
            assertThat(cli.awaitExit(START_SECONDS)).as(cli.err()).isZero();
            List<String> out = cli.lines();
            assertThat(out).contains("As the kernel's verifier log prints it:")
                    .anyMatch(l -> l.startsWith("kernel verifier: accepted"));
            assertSeesExecs(out, children);
        }
    }

    @Test
    void execsnoopOverRingBufferPrintsEveryExec() throws Exception {
        try (CliProcess cli = CliProcess.start(EXEC_HEADER, "run", "execsnoop-ringbuf", "--duration", "2")) {
            assertThat(cli.awaitReady(START_SECONDS)).as("attached; " + cli.lines() + cli.err()).isTrue();
            List<Long> children = execTrue();
            assertThat(cli.awaitExit(START_SECONDS)).as(cli.err()).isZero();
            assertSeesExecs(cli.lines(), children);
        }
    }

    @Test
    void writetrackPairsAWriteWithItsResult() throws Exception {
        int count = 4321;
        try (CliProcess cli = CliProcess.start("PID     FD", "run", "writetrack", "--duration", "2")) {
            assertThat(cli.awaitReady(START_SECONDS)).as("attached; " + cli.lines() + cli.err()).isTrue();
            try (FileOutputStream f = new FileOutputStream(dir.resolve("w").toFile())) {
                f.write(new byte[count]);
            }
            assertThat(cli.awaitExit(START_SECONDS)).as(cli.err()).isZero();
            long me = ProcessHandle.current().pid();
            assertThat(cli.lines()).filteredOn(l -> l.matches("\\d+ +\\d+ +-?\\d+ +-?\\d+.*")).anySatisfy(line -> {
                String[] f = line.trim().split("\\s+");
                assertThat(f).hasSizeGreaterThanOrEqualTo(4);
                assertThat(f[0]).isEqualTo(Long.toString(me));
                assertThat(f[2]).isEqualTo(Integer.toString(count));
                assertThat(f[3]).isEqualTo(Integer.toString(count));
            });
            // the tracer leaves its own writes (its output) out
            long tracer = cli.process().pid();
            assertThat(cli.lines()).noneMatch(l -> l.startsWith(tracer + " "));
        }
    }

    @Test
    void uprobeAddPrintsArgumentsAndResult() throws Exception {
        Path c = dir.resolve("add.c");
        Files.writeString(c, """
                __attribute__((noinline)) int add(int a, int b) { return a + b; }
                int main(void) { volatile int r = add(1, 2); return r == 3 ? 0 : 1; }
                """);
        Path bin = dir.resolve("add");
        Process gcc;
        try {
            gcc = new ProcessBuilder("gcc", "-O1", "-o", bin.toString(), c.toString()).redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.<Void>abort("gcc is not installed (Debian package gcc)");
            return;
        }
        String gccLog = new String(gcc.getInputStream().readAllBytes());
        assertThat(gcc.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(gcc.exitValue()).as(gccLog).isZero();

        try (CliProcess cli = CliProcess.start("PID     EVENT", "run", "uprobe-add", "--binary", bin.toString(),
                "--duration", "2")) {
            assertThat(cli.awaitReady(START_SECONDS)).as("attached; " + cli.lines() + cli.err()).isTrue();
            Process target = new ProcessBuilder(bin.toString()).start();
            assertThat(target.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(target.exitValue()).isZero();
            assertThat(cli.awaitExit(START_SECONDS)).as(cli.err()).isZero();
            String pid = Long.toString(target.pid());
            assertThat(cli.lines()).containsSubsequence(
                    String.format("%-7s %-7s %s", pid, "entry", "1 2"),
                    String.format("%-7s %-7s %s", pid, "return", "3"));
        }
    }

    @Test
    void ctrlCStopsTheRunThroughTheShutdownHook() throws Exception {
        try (CliProcess cli = CliProcess.start("PID     FD", "run", "writetrack")) {
            assertThat(cli.awaitReady(START_SECONDS)).as("attached; " + cli.lines() + cli.err()).isTrue();
            // Ctrl-C: SIGINT to the JVM, which runs the shutdown hook that stops the loop and closes everything.
            // A JVM started with SIGINT ignored (a background job of a non-interactive shell) keeps it ignored:
            // SIGTERM then takes the same path through the hook.
            long pid = cli.process().pid();
            int signal = ignoresSigint(pid) ? 15 : 2;
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(cli.awaitExit(10)).isEqualTo(128 + signal);
            assertThat(cli.err()).doesNotContain("Exception");
        }
    }

    static boolean ignoresSigint(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream()
                .filter(l -> l.startsWith("SigIgn:"))
                .anyMatch(l -> (Long.parseUnsignedLong(l.substring(7).strip(), 16) & (1L << (2 - 1))) != 0);
    }

    static void run(String... cmd) {
        try {
            new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            // the assumption that follows says what is missing
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
