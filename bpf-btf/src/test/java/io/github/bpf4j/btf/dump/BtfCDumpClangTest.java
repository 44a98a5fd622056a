package io.github.bpf4j.btf.dump;

import static io.github.bpf4j.btf.core.TestTools.onPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.btf.Btf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our vmlinux.h for the running kernel must compile every testdata BPF program (testdata/src/*.c that include
 * vmlinux.h) with clang-19 and the flags testdata/build.sh uses, warnings as errors.
 */
@Tag("tool")
class BtfCDumpClangTest {

    @TempDir
    Path tmp;

    @Test
    void testdataProgramsCompileAgainstOurVmlinuxHeader() throws Exception {
        assumeTrue(onPath("clang-19"), "clang-19 is not installed (Debian package clang-19)");
        assumeTrue(Files.isReadable(Btf.VMLINUX), "kernel BTF /sys/kernel/btf/vmlinux is not readable");
        Path src = Path.of(System.getProperty("bpf4j.testdata", "../testdata")).resolve("src");
        assumeTrue(Files.isDirectory(src), "testdata/src is missing");
        List<String> programs = new ArrayList<>();
        try (Stream<Path> s = Files.list(src)) {
            for (Path p : s.filter(x -> x.toString().endsWith(".c")).sorted().toList()) {
                if (Files.readString(p, StandardCharsets.UTF_8).contains("\"vmlinux.h\"")) {
                    programs.add(p.toAbsolutePath().toString());
                }
            }
        }
        assertThat(programs).as("testdata BPF programs").isNotEmpty();
        Path include = Files.createDirectories(tmp.resolve("include"));
        Files.writeString(include.resolve("vmlinux.h"), BtfCDump.write(Btf.read(Btf.VMLINUX)));
        List<String> flags = List.of("clang-19", "-O2", "-g", "-target", "bpf", "-D__TARGET_ARCH_x86", "-mcpu=v3",
                "-Wall", "-Werror", "-Wno-unused-variable", "-I" + include, "-c");
        // two clang processes for the two cores CI has; each compiles half of the programs
        List<Process> running = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (int half = 0; half < 2; half++) {
            List<String> cmd = new ArrayList<>(flags);
            for (int i = half; i < programs.size(); i += 2) {
                cmd.add(programs.get(i));
            }
            Path log = tmp.resolve("clang" + half + ".log");
            logs.add(log);
            running.add(new ProcessBuilder(cmd).directory(tmp.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start());
        }
        for (int half = 0; half < 2; half++) {
            Process p = running.get(half);
            assertThat(p.waitFor(600, TimeUnit.SECONDS)).as("clang finished").isTrue();
            assertThat(p.exitValue()).as("clang-19 exit code; output:\n" + Files.readString(logs.get(half)))
                    .isZero();
        }
        for (String prog : programs) {
            String obj = Path.of(prog).getFileName().toString().replaceAll("\\.c$", ".o");
            assertThat(tmp.resolve(obj)).as(obj).isNotEmptyFile();
        }
    }
}
