package io.github.bpf4j.sys;

import io.github.bpf4j.sys.internal.Tracefs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/** What the running kernel was built with and exposes, read from {@code /proc/config.gz}, sysfs and tracefs. */
public final class KernelFacts {

    private KernelFacts() {}

    /** The value of a kernel config option ({@code "y"}, {@code "m"}, ...), {@code "n"} when {@code # ... is not
     * set}, empty when {@code /proc/config.gz} is unreadable or does not mention it. */
    public static Optional<String> config(String option) {
        Path p = Path.of("/proc/config.gz");
        if (!Files.isReadable(p)) {
            return Optional.empty();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(p)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith(option + "=")) {
                    return Optional.of(line.substring(option.length() + 1));
                }
                if (line.equals("# " + option + " is not set")) {
                    return Optional.of("n");
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The kprobe PMU directory, when the kernel has one. */
    static Path kprobePmu() {
        return Path.of("/sys/bus/event_source/devices/kprobe");
    }

    /** Why kprobes cannot be attached here, with the evidence; {@code null} when they can. */
    public static String kprobeUnavailableReason() {
        boolean pmu = Files.isDirectory(kprobePmu());
        Optional<Path> tracefs = Tracefs.root();
        boolean legacy = tracefs.isPresent() && Files.exists(tracefs.get().resolve("kprobe_events"));
        if (pmu || legacy) {
            return null;
        }
        Optional<String> cfg = config("CONFIG_KPROBES");
        String where = "no kprobe PMU in /sys/bus/event_source/devices and "
                + (tracefs.isPresent() ? "no kprobe_events in " + tracefs.get() : "tracefs is not mounted");
        if (cfg.isPresent() && cfg.get().equals("n")) {
            return "this kernel was built without CONFIG_KPROBES (" + where
                    + "; /proc/config.gz says '# CONFIG_KPROBES is not set')";
        }
        if (tracefs.isEmpty()) {
            return where + "; " + Tracefs.mountHint();
        }
        return "this kernel has no kprobe support (" + where + "; CONFIG_KPROBES"
                + cfg.map(v -> "=" + v).orElse(" unknown: /proc/config.gz unreadable") + ")";
    }

    /**
     * Why the kernel refuses fentry/fexit/fmod_ret/lsm programs with EPERM and an empty log, from what this machine
     * shows.
     */
    public static String trampolineRefusalReason() {
        StringBuilder sb = new StringBuilder("this kernel refuses BPF trampoline programs at load (EPERM with an "
                + "empty verifier log)");
        String lockdown = lockdown();
        if (lockdown != null) {
            sb.append("; lockdown is '").append(lockdown).append("'");
        }
        Optional<String> jit = config("CONFIG_BPF_JIT");
        Optional<String> ftrace = config("CONFIG_DYNAMIC_FTRACE_WITH_DIRECT_CALLS");
        Optional<String> kprobes = config("CONFIG_KPROBES");
        sb.append("; CONFIG_BPF_JIT=").append(jit.orElse("?"))
                .append(", CONFIG_DYNAMIC_FTRACE_WITH_DIRECT_CALLS=").append(ftrace.orElse("?"))
                .append(", CONFIG_KPROBES=").append(kprobes.orElse("?"));
        String ftrace0 = ftraceFunctionHooksRefused();
        if (ftrace0 != null) {
            sb.append("; ").append(ftrace0).append(": this kernel blocks ftrace function tracing, on which BPF "
                    + "trampolines are built, although it was built with it");
        } else {
            sb.append("; the cause was not identified (tracing programs on tracepoints, tp_btf, load; check "
                    + "lockdown, an LSM or a kernel patch restricting trampolines)");
        }
        return sb.toString();
    }

    /**
     * Evidence that the kernel refuses the ftrace function tracer: opening {@code available_filter_functions}
     * fails with EPERM although tracefs is mounted and readable. {@code null} when it reads or tracefs is absent.
     */
    static String ftraceFunctionHooksRefused() {
        Optional<Path> root = Tracefs.root();
        if (root.isEmpty()) {
            return null;
        }
        Path f = root.get().resolve("available_filter_functions");
        if (!Files.exists(f)) {
            return null;
        }
        try {
            Files.newInputStream(f).close();
            return null;
        } catch (java.nio.file.AccessDeniedException e) {
            return "the function tracer is refused too (opening " + f + " gives EPERM even for root)";
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage());
            return m.contains("Operation not permitted")
                    ? "the function tracer is refused too (opening " + f + " gives EPERM even for root)" : null;
        }
    }

    /** The active lockdown mode from securityfs, or {@code null} when not visible. */
    static String lockdown() {
        try {
            String s = Files.readString(Path.of("/sys/kernel/security/lockdown")).trim();
            int a = s.indexOf('[');
            int b = s.indexOf(']');
            return a >= 0 && b > a ? s.substring(a + 1, b) : s;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
