package io.github.bpf4j.btf.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** External tools for the tagged differential tests of bpf-btf (dump and CO-RE). */
public final class TestTools {

    private TestTools() {}

    /** Whether {@code tool} is an executable on the PATH. */
    public static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Runs {@code cmd}, returns its standard output; fails with its output when it exits non-zero or hangs. */
    public static String run(List<String> cmd) throws IOException, InterruptedException {
        Path out = Files.createTempFile("bpf4j-", ".out");
        Path err = Files.createTempFile("bpf4j-", ".err");
        try {
            Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(cmd + " did not finish in 300 s");
            }
            if (p.exitValue() != 0) {
                throw new IOException(cmd + " exited with " + p.exitValue() + ":\n" + Files.readString(err)
                        + Files.readString(out));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Whether this process runs as root (loadlog creates maps and probes the kernel even with --no-load). */
    public static boolean isRoot() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("Uid:")) {
                return line.split("\\s+")[2].equals("0");
            }
        }
        return false;
    }
}
