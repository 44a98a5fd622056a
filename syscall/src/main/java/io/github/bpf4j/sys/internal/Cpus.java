package io.github.bpf4j.sys.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** CPU lists of {@code /sys/devices/system/cpu/{possible,online}}, in the kernel's range format {@code 0-3,5}. */
public final class Cpus {

    private static volatile List<Integer> possible;

    private Cpus() {}

    /** The possible CPUs; per-CPU map values hold one slot for each. */
    public static List<Integer> possible() {
        List<Integer> p = possible;
        if (p == null) {
            p = read(Path.of("/sys/devices/system/cpu/possible"));
            possible = p;
        }
        return p;
    }

    /** The number of possible CPUs: the highest possible CPU plus one, as libbpf_num_possible_cpus counts. */
    public static int possibleCount() {
        List<Integer> p = possible();
        return p.get(p.size() - 1) + 1;
    }

    /** The online CPUs now. */
    public static List<Integer> online() {
        return read(Path.of("/sys/devices/system/cpu/online"));
    }

    static List<Integer> read(Path file) {
        try {
            return parse(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CPU list " + file, e);
        }
    }

    /** Parses {@code 0-3,5}; rejects anything else with the position of the fault. */
    public static List<Integer> parse(String s) {
        List<Integer> out = new ArrayList<>();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty CPU list");
        }
        for (String part : s.split(",", -1)) {
            String[] ends = part.split("-", -1);
            if (ends.length > 2) {
                throw new IllegalArgumentException("bad CPU range '" + part + "' in '" + s + "'");
            }
            int lo = number(ends[0], s);
            int hi = ends.length == 2 ? number(ends[1], s) : lo;
            if (hi < lo || hi >= 1 << 16) {
                throw new IllegalArgumentException("bad CPU range '" + part + "' in '" + s + "'");
            }
            for (int c = lo; c <= hi; c++) {
                out.add(c);
            }
        }
        Collections.sort(out);
        return List.copyOf(out);
    }

    private static int number(String t, String s) {
        try {
            return Integer.parseInt(t.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad CPU number '" + t + "' in '" + s + "'");
        }
    }
}
