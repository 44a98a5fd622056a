package io.github.bpf4j.btf.layout;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs pahole once for many types and splits its output into one block per type. */
final class PaholeOutput {
    private PaholeOutput() {
    }

    static boolean available() {
        try {
            Process p = new ProcessBuilder("pahole", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** pahole -C a,b,c FILE, in one process; the blocks come back in the order of {@code names}. */
    static List<String> run(Path btfFile, List<String> names) throws IOException, InterruptedException {
        Path out = Files.createTempFile("pahole", ".txt");
        try {
            Process p = new ProcessBuilder("pahole", "-F", "btf", "-C", String.join(",", names), btfFile.toString())
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("pahole did not finish in 300 s");
            }
            return split(Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /**
     * Every type pahole prints ends with ";" and a newline: a multi-line one on a line starting with '}' at column 0,
     * a one-line typedef on its only line. Lines inside a type are indented or empty.
     */
    static List<String> split(String text) {
        List<String> blocks = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty() && cur.length() == 0) {
                continue;
            }
            boolean oneLine = cur.length() == 0 && !line.startsWith("\t") && line.endsWith(";");
            cur.append(line).append('\n');
            if (line.startsWith("}") || oneLine) {
                blocks.add(cur.toString());
                cur.setLength(0);
            }
        }
        return blocks;
    }
}
