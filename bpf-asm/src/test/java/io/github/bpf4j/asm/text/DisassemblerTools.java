package io.github.bpf4j.asm.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the LLVM tools the differential tests compare against; skips the test when a tool is missing. */
final class DisassemblerTools {

    private DisassemblerTools() {}

    /** Skips the calling test unless {@code tool} is on the PATH. */
    static void assumeTool(String tool) {
        boolean found = false;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                found = true;
                break;
            }
        }
        assumeTrue(found, tool + " is not installed (Debian package llvm-19)");
    }

    /** Runs a command, returns its standard output; fails on a non-zero exit with the error output. */
    static String run(List<String> command) {
        try {
            Path err = Files.createTempFile("bpf4j-tool", ".err");
            try {
                Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
                p.getOutputStream().close();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError(command.get(0) + " did not finish in 120 s");
                }
                if (p.exitValue() != 0) {
                    throw new AssertionError(String.join(" ", command) + " exited with " + p.exitValue() + ":\n"
                            + Files.readString(err));
                }
                return out;
            } finally {
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** Assembles {@code source} with {@code llvm-mc-19 -triple bpfel -mcpu=v4} into an object in {@code dir}. */
    static Path assemble(Path dir, String name, String source) {
        try {
            Path s = dir.resolve(name + ".s");
            Path o = dir.resolve(name + ".o");
            Files.writeString(s, source);
            run(List.of("llvm-mc-19", "-triple", "bpfel", "-mcpu=v4", "-filetype=obj", s.toString(), "-o",
                    o.toString()));
            return o;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> args(String... a) {
        return new ArrayList<>(List.of(a));
    }
}
