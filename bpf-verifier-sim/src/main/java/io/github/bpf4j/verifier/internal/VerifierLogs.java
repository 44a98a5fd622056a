package io.github.bpf4j.verifier.internal;

import io.github.bpf4j.verifier.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a verifier log, of a real load or of a recording, into a {@link Verdict}: the failing instruction, the error message, the processed count. The log is
 * the kernel's text (kernel/bpf/verifier.c, Linux 6.18): instruction lines {@code "N: (op) text"}, state lines
 * {@code "N: R1=..."}, source lines {@code "; ..."}, and at the end the error, then
 * {@code "processed N insns (limit ...) ..."}. Plain string scanning, no regular expressions: logs reach megabytes.
 */
public final class VerifierLogs {

    /** Lines between the failing instruction and "processed" that are not the error (and see isNoise). */
    private static final String[] NOISE = {"; ", "mark_precise", "last_idx", "regs=", "parent ", "propagating ",
        "Live regs", "Global function", "Func#", "stack depth", "verification time"};

    private VerifierLogs() {}

    /** The outcome of a rejected load from its errno symbol and log. */
    public static Verdict rejected(String errno, String log) {
        List<String> body = body(log);
        Integer insn = null;
        int last = -1;
        for (int i = body.size() - 1; i >= 0; i--) {
            int n = insnLine(body.get(i));
            if (n >= 0) {
                insn = n;
                last = i;
                break;
            }
        }
        List<String> msg = new ArrayList<>();
        for (int i = last + 1; i < body.size(); i++) {
            String line = body.get(i);
            if (!isNoise(line)) {
                msg.add(line.strip());
            }
        }
        if (last < 0 && msg.size() > 1) {
            msg = List.of(msg.get(msg.size() - 1)); // no walk began: the error is the last line
        }
        String message = msg.isEmpty() ? null : String.join("\n", msg);
        if (insn == null && message != null) {
            int n = insnInMessage(message);
            insn = n >= 0 ? n : null;
        }
        return new Verdict(false, insn, message, errno, processed(log), log, null);
    }

    /** The outcome of an accepted load. */
    public static Verdict accepted(String log) {
        return new Verdict(true, null, null, null, processed(log), log, null);
    }

    /** The {@code processed N insns} count, or {@code null}. */
    public static Integer processed(String log) {
        for (String line : log.split("\n", -1)) {
            long n = processedCount(line);
            if (n >= 0) {
                return n > Integer.MAX_VALUE ? null : (int) n;
            }
        }
        return null;
    }

    /** N of {@code "processed N insns"}, or -1. */
    private static long processedCount(String line) {
        if (!line.startsWith("processed ")) {
            return -1;
        }
        int p = "processed ".length();
        int end = digits(line, p, 10);
        return end > p && line.startsWith(" insns", end) ? Long.parseLong(line.substring(p, end)) : -1;
    }

    /** N of an instruction line {@code "N: (xx) ..."}, or -1. */
    static int insnLine(String line) {
        int end = digits(line, 0, 9);
        if (end == 0 || !line.startsWith(": (", end) || line.length() < end + 6 || line.charAt(end + 5) != ')'
                || !isHex(line.charAt(end + 3)) || !isHex(line.charAt(end + 4))) {
            return -1;
        }
        return Integer.parseInt(line.substring(0, end));
    }

    /** The number after the first {@code "insn "} (or {@code "insn #"}) of a message, or -1. */
    private static int insnInMessage(String message) {
        int from = 0;
        while (true) {
            int at = message.indexOf("insn ", from);
            if (at < 0) {
                return -1;
            }
            int p = at + 5;
            if (p < message.length() && message.charAt(p) == '#') {
                p++;
            }
            int end = digits(message, p, 9);
            if (end > p) {
                return Integer.parseInt(message.substring(p, end));
            }
            from = at + 1;
        }
    }

    private static boolean isNoise(String line) {
        if (line.isBlank()) {
            return true;
        }
        for (String prefix : NOISE) {
            if (line.startsWith(prefix)) {
                return true;
            }
        }
        int end = digits(line, 0, 9);
        if (end > 0 && line.startsWith(": ", end)) {
            return true; // a state line "N: R1=..."
        }
        return numbered(line, "from ", " to ") || numbered(line, "func#", " @");
    }

    /** Whether {@code line} starts with {@code prefix}, digits, then {@code then} ("from 3 to 7", "func#1 @5"). */
    private static boolean numbered(String line, String prefix, String then) {
        if (!line.startsWith(prefix)) {
            return false;
        }
        int end = digits(line, prefix.length(), 10);
        return end > prefix.length() && line.startsWith(then, end);
    }

    /** The end of a run of at most {@code max} decimal digits from {@code p}; {@code p} when none. */
    private static int digits(String s, int p, int max) {
        int e = p;
        while (e < s.length() && e - p < max && s.charAt(e) >= '0' && s.charAt(e) <= '9') {
            e++;
        }
        return e < s.length() && s.charAt(e) >= '0' && s.charAt(e) <= '9' ? p : e;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
    }

    private static List<String> body(String log) {
        List<String> out = new ArrayList<>();
        for (String line : log.split("\n", -1)) {
            if (processedCount(line) >= 0) {
                break;
            }
            out.add(line);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
