package io.github.bpf4j.sys;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.elf.MapType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Assumptions of the kernel tests: each names the capability or mount that is missing. */
final class KernelSupport {

    private static Boolean bpf;

    private KernelSupport() {}

    /** Skips unless bpf() works here (root or CAP_BPF on a kernel with CONFIG_BPF_SYSCALL). */
    static synchronized void assumeBpf() {
        if (bpf == null) {
            try {
                BpfMap.create(MapSpec.of("probe", MapType.ARRAY, 4, 4, 1)).close();
                bpf = true;
            } catch (BpfException e) {
                bpf = false;
            } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
                bpf = false;
            }
        }
        assumeTrue(bpf, "bpf() is not usable: needs root or CAP_BPF on a kernel with CONFIG_BPF_SYSCALL");
    }

    /** Skips unless tracefs is mounted (mounting it when running as root). */
    static void assumeTracefs() {
        assumeBpf();
        if (!Files.isDirectory(Path.of("/sys/kernel/tracing/events"))
                && !Files.isDirectory(Path.of("/sys/kernel/debug/tracing/events"))) {
            run("mount", "-t", "tracefs", "nodev", "/sys/kernel/tracing");
        }
        assumeTrue(Files.isDirectory(Path.of("/sys/kernel/tracing/events"))
                        || Files.isDirectory(Path.of("/sys/kernel/debug/tracing/events")),
                "tracefs is not mounted at /sys/kernel/tracing and could not be mounted (needs root)");
    }

    /** Skips unless /sys/fs/bpf is bpffs (mounting it when running as root). */
    static void assumeBpffs() {
        assumeBpf();
        if (!"bpf".equals(io.github.bpf4j.sys.internal.Bpffs.fsTypeOf(Path.of("/sys/fs/bpf/x")))) {
            run("mount", "-t", "bpf", "bpf", "/sys/fs/bpf");
        }
        assumeTrue("bpf".equals(io.github.bpf4j.sys.internal.Bpffs.fsTypeOf(Path.of("/sys/fs/bpf/x"))),
                "bpffs is not mounted at /sys/fs/bpf and could not be mounted (needs root)");
    }

    static void run(String... cmd) {
        try {
            new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException e) {
            // the assumption that follows reports what is missing
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
