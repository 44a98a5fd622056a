package io.github.bpf4j.sys;

import io.github.bpf4j.sys.internal.Tracefs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.zip.GZIPInputStream;

/** What the running kernel was built with and exposes, read from {@code /proc/config.gz}, sysfs and tracefs. */
public final class KernelFacts {

    private KernelFacts() {}

    /** The value of a kernel config option ({@code "y"}, {@code "m"}, ...), {@code "n"} when {@code # ... is not
     * set}, empty when {@code /proc/config.gz} is unreadable or does not mention it. */
    public static Optional<String> config(String option) {
        return Optional.ofNullable(configs().get(option));
    }

    /**
     * Every option {@code /proc/config.gz} mentions, name to value as written ({@code "y"}, {@code "m"}, a number, a
     * quoted string), {@code "n"} for those it says are not set; empty when it is unreadable.
     */
    public static Map<String, String> configs() {
        Map<String, String> c = configs;
        if (c == null) {
            c = Collections.unmodifiableMap(readConfig());
            configs = c;
        }
        return c;
    }

    /** {@link #configs}, read once: the running kernel's build options do not change while it runs. */
    private static volatile Map<String, String> configs;

    private static Map<String, String> readConfig() {
        Path p = Path.of("/proc/config.gz");
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.isReadable(p)) {
            return out;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(p)), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int eq = line.indexOf('=');
                if (line.startsWith("CONFIG_") && eq > 0) {
                    out.put(line.substring(0, eq), line.substring(eq + 1));
                } else if (line.startsWith("# CONFIG_") && line.endsWith(" is not set")) {
                    out.put(line.substring(2, line.length() - " is not set".length()), "n");
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return out;
    }

    /**
     * A numeric sysctl, by its dotted name ({@code kernel.unprivileged_bpf_disabled} is
     * {@code /proc/sys/kernel/unprivileged_bpf_disabled}); empty when absent, unreadable or not a number.
     */
    public static OptionalLong sysctl(String name) {
        Path p = Path.of("/proc/sys", name.split("\\."));
        // One read into a buffer that holds any number: sysctl files report size 0, Files.readAllBytes then reads a
        // first single byte, and a numeric sysctl read again at offset 1 answers end of file (bpf_jit_limit read
        // back as "5" of 528482304).
        try (InputStream in = Files.newInputStream(p)) {
            byte[] buf = new byte[64];
            int n = in.read(buf);
            return n <= 0 ? OptionalLong.empty()
                    : OptionalLong.of(Long.parseLong(new String(buf, 0, n, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException | SecurityException e) {
            return OptionalLong.empty();
        }
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
