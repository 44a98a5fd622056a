package io.github.bpf4j.btf.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.dump.BtfCDump;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CO-RE relocations inside .text subprograms, which no testdata object has: core_subprog.c (a test resource) is
 * compiled with clang-19 against our own vmlinux.h, libbpf relocates it against the running kernel through testdata's
 * {@code loadlog obj --no-load}, and every relocation, the subprograms' included, must agree with ours
 * ({@link CaptureComparison}).
 */
@Tag("tool")
class CoreSubprogTest {

    @TempDir
    Path tmp;

    @Test
    void subprogramRelocationsEqualLibbpf() throws Exception {
        Path loadlog = CoreCapturesTest.testdataDir().resolve("build/tools/loadlog");
        assumeTrue(TestTools.onPath("clang-19"), "clang-19 is not installed (Debian package clang-19)");
        assumeTrue(Files.isExecutable(loadlog), "testdata's loadlog is not built (run testdata/build-tools.sh)");
        assumeTrue(Files.isReadable(Btf.VMLINUX), "kernel BTF /sys/kernel/btf/vmlinux is not readable");
        assumeTrue(TestTools.isRoot(), "loadlog probes the kernel through bpf(): needs root (or CAP_BPF)");
        Btf vmlinux = Btf.read(Btf.VMLINUX);
        Path src = tmp.resolve("core_subprog.c");
        try (InputStream in = getClass().getResourceAsStream("core_subprog.c")) {
            Files.copy(in, src);
        }
        Files.writeString(tmp.resolve("vmlinux.h"), BtfCDump.write(vmlinux));
        Path obj = tmp.resolve("core_subprog.o");
        TestTools.run(List.of("clang-19", "-O2", "-g", "-target", "bpf", "-mcpu=v3", "-Wall", "-Werror", "-I" + tmp, "-c",
                src.toString(), "-o", obj.toString()));
        Path out = tmp.resolve("captures");
        TestTools.run(List.of(loadlog.toString(), "obj", obj.toString(), out.toString(), "--no-load"));
        CaptureComparison c = new CaptureComparison(vmlinux);
        assertThat(c.compareObject(obj, out)).isEmpty();
        System.out.println("CO-RE in subprograms vs libbpf: " + c.counts());
        assertThat(c.subprogInsnCompared).as("subprogram instructions compared").isGreaterThanOrEqualTo(6);
        assertThat(c.poisoned).as("poisoned (the missing field's read)").isPositive();
    }
}
