package io.github.bpf4j.sys.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The tracing file system: at {@code /sys/kernel/tracing}, or under debugfs at {@code /sys/kernel/debug/tracing}. */
public final class Tracefs {

    private static final List<Path> ROOTS = List.of(Path.of("/sys/kernel/tracing"),
            Path.of("/sys/kernel/debug/tracing"));

    private Tracefs() {}

    /** The mounted tracefs root (one with an {@code events} directory), if any. */
    public static Optional<Path> root() {
        for (Path p : ROOTS) {
            if (Files.isDirectory(p.resolve("events"))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The hint when tracefs is not mounted. */
    public static String mountHint() {
        return "tracefs is not mounted at /sys/kernel/tracing or /sys/kernel/debug/tracing: "
                + "mount it with 'mount -t tracefs nodev /sys/kernel/tracing'";
    }

    /** The id of tracepoint {@code category:name}, empty when it does not exist. */
    public static Optional<Long> eventId(Path root, String category, String name) {
        if (!validName(category) || !validName(name)) {
            return Optional.empty();
        }
        Path id = root.resolve("events").resolve(category).resolve(name).resolve("id");
        try {
            return Optional.of(Long.parseLong(Files.readString(id).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether a name is one path component (no separators, not {@code .} or {@code ..}). */
    public static boolean validName(String s) {
        return s != null && !s.isEmpty() && s.indexOf('/') < 0 && s.indexOf('\0') < 0 && !s.equals(".")
                && !s.equals("..");
    }

    /** Every tracepoint as {@code category:name}. */
    public static List<String> events(Path root) {
        List<String> out = new ArrayList<>();
        try (DirectoryStream<Path> cats = Files.newDirectoryStream(root.resolve("events"))) {
            for (Path cat : cats) {
                if (!Files.isDirectory(cat)) {
                    continue;
                }
                try (DirectoryStream<Path> evs = Files.newDirectoryStream(cat)) {
                    for (Path ev : evs) {
                        if (Files.isDirectory(ev)) {
                            out.add(cat.getFileName() + ":" + ev.getFileName());
                        }
                    }
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /** Up to {@code n} of {@code candidates} closest to {@code wanted} (edit distance, then name order). */
    public static List<String> similar(String wanted, List<String> candidates, int n) {
        record Scored(String s, int d) {}
        List<Scored> scored = new ArrayList<>();
        for (String c : candidates) {
            int d = c.contains(wanted) || wanted.contains(c) ? Math.abs(c.length() - wanted.length()) / 4
                    : distance(wanted, c);
            if (d <= Math.max(3, wanted.length() / 3)) {
                scored.add(new Scored(c, d));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::d).thenComparing(Scored::s));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(n, scored.size()); i++) {
            out.add(scored.get(i).s());
        }
        return out;
    }

    /** Levenshtein distance, bounded to strings of a few hundred characters by the callers' inputs. */
    static int distance(String a, String b) {
        if (a.length() > 256 || b.length() > 256) {
            return Integer.MAX_VALUE / 2;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
