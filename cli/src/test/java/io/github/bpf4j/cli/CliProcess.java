package io.github.bpf4j.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code bpf4j} in a JVM of its own, as a user runs it: its own pid (so that its tracing leaves the test's
 * activity visible), its own shutdown hooks, and stdout read line by line as it is flushed.
 */
final class CliProcess implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final StringBuilder err = new StringBuilder();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Thread outReader;
    private final Thread errReader;

    private CliProcess(Process process, String readyPrefix) {
        this.process = process;
        outReader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                    if (line.startsWith(readyPrefix)) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
            ready.countDown();
        }, "cli-stdout");
        errReader = new Thread(() -> {
            try {
                String s = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                synchronized (err) {
                    err.append(s);
                }
            } catch (IOException e) {
                // the process ended
            }
        }, "cli-stderr");
        outReader.start();
        errReader.start();
    }

    /**
     * Starts {@code bpf4j args} on this test's class path; {@link #awaitReady} returns once a line starting with
     * {@code readyPrefix} (the column header, printed once the programs are attached) has been printed.
     */
    static CliProcess start(String readyPrefix, String... args) throws IOException {
        return launch(new String[0], readyPrefix, args);
    }

    /** Starts {@code bpf4j args} under a wrapper command such as {@code setpriv ...}. */
    static CliProcess startWith(String[] wrapper, String... args) throws IOException {
        return launch(wrapper, "\0", args);
    }

    private static CliProcess launch(String[] wrapper, String readyPrefix, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(wrapper));
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        return new CliProcess(new ProcessBuilder(cmd).start(), readyPrefix);
    }

    /** Waits for the ready line; false when the process ended or the time passed without it. */
    boolean awaitReady(long seconds) throws InterruptedException {
        return ready.await(seconds, TimeUnit.SECONDS) && lines.stream().anyMatch(l -> !l.isEmpty())
                && process.isAlive();
    }

    /** Waits for the process to end, then for its output to be read; returns the exit code. */
    int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bpf4j did not stop within " + seconds + " s; output so far: " + lines);
        }
        outReader.join(5000);
        errReader.join(5000);
        return process.exitValue();
    }

    Process process() {
        return process;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    String err() {
        synchronized (err) {
            return err.toString();
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
