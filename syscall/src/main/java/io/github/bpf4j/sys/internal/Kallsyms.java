package io.github.bpf4j.sys.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Kernel symbol names from {@code /proc/kallsyms}, read once. */
public final class Kallsyms {

    private static volatile Set<String> names;

    private Kallsyms() {}

    /** The function and data symbol names of the kernel (modules included). */
    public static Set<String> names() {
        Set<String> n = names;
        if (n == null) {
            n = new HashSet<>(1 << 18);
            try (BufferedReader r = Files.newBufferedReader(Path.of("/proc/kallsyms"))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String sym = symbol(line);
                    if (sym != null) {
                        n.add(sym);
                    }
                }
            } catch (IOException e) {
                return Set.of();
            }
            names = n;
        }
        return n;
    }

    /** The syscall wrapper prefix of this architecture, as libbpf's arch_specific_syscall_pfx. */
    public static String syscallPrefix() {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        return switch (arch) {
            case "amd64", "x86_64" -> "__x64_";
            case "aarch64", "arm64" -> "__arm64_";
            case "s390x" -> "__s390x_";
            case "riscv64" -> "__riscv_";
            default -> "";
        };
    }

    /**
     * The kernel symbol a kprobe on {@code name} should use: a syscall {@code sys_X} becomes the architecture's
     * wrapper {@code __x64_sys_X} when that symbol exists (follows libbpf's probe of the syscall prefix, which
     * prefers the wrapper since kernel 4.17 routes syscalls through {@code __<arch>_sys_*}).
     */
    public static String kprobeSymbol(String name, Set<String> symbols) {
        String pfx = syscallPrefix();
        if (name.startsWith("sys_") && !pfx.isEmpty() && symbols.contains(pfx + name)) {
            return pfx + name;
        }
        return name;
    }

    /** The candidates for similar-name suggestions. */
    public static List<String> list() {
        return List.copyOf(names());
    }

    /**
     * The address of a kernel symbol (the first line naming it in {@code /proc/kallsyms}), 0 when it is absent or
     * the addresses are hidden (kptr_restrict shows zeros to the unprivileged). Read on each call: typeless
     * {@code __ksym} externs are rare.
     */
    public static long address(String name) {
        try (BufferedReader r = Files.newBufferedReader(Path.of("/proc/kallsyms"))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (name.equals(symbol(line))) {
                    return Long.parseUnsignedLong(line.substring(0, line.indexOf(' ')), 16);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    /** The symbol of a {@code /proc/kallsyms} line ("ADDR TYPE NAME[\tMODULE]"), null when malformed. */
    private static String symbol(String line) {
        int a = line.indexOf(' ');
        int b = a < 0 ? -1 : line.indexOf(' ', a + 1);
        if (b < 0) {
            return null;
        }
        int end = line.indexOf('\t', b + 1);
        return end < 0 ? line.substring(b + 1) : line.substring(b + 1, end);
    }
}
