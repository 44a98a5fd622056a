package io.github.bpf4j.verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outcome of verifying a program, simulated or real. Its first six fields are those of the syscall module's
 * {@code LoadOutcome} so that the two can be unified; {@link #verdict()} keeps what must match exactly.
 *
 * @param accepted    whether the program is accepted
 * @param insn        the failing instruction, or {@code null} (accepted, or no instruction named)
 * @param message     the verifier's error message (the lines after the last instruction line), or {@code null}
 * @param errno       the errno symbol of a rejection ({@code "EACCES"}), or {@code null}
 * @param processed   the {@code processed N insns} count, or {@code null} when unknown
 * @param log         the verifier log at level 1 ({@code ""} when none)
 * @param internalBug for a simulated verdict: a description of an inconsistency inside the simulator (the verdict
 *                    then says nothing about the program); {@code null} normally
 */
public record Verdict(boolean accepted, Integer insn, String message, String errno, Integer processed, String log,
                      String internalBug) {

    private static final Pattern INSN_LINE = Pattern.compile("^(\\d{1,9}): \\([0-9a-f]{2}\\)");
    private static final Pattern PROCESSED = Pattern.compile("^processed (\\d{1,10}) insns");
    private static final Pattern INSN_IN_MESSAGE = Pattern.compile("insn (?:#)?(\\d{1,9})");
    private static final Pattern NOISE = Pattern.compile(
            "^(; |from \\d+ to \\d+|mark_precise|last_idx|regs=|parent |propagating |func#\\d+ @|"
                    + "Live regs|Global function|Func#|stack depth|verification time|\\s*$|\\d{1,9}: )");

    public Verdict {
        log = log == null ? "" : log;
        if (accepted && (insn != null || errno != null)) {
            throw new IllegalArgumentException("an accepted program has no failing instruction or errno");
        }
        if (!accepted && errno == null) {
            throw new IllegalArgumentException("a rejection carries its errno");
        }
    }

    /** The verdict without the log and the processed count: what a simulator must match exactly. */
    public Verdict verdict() {
        return new Verdict(accepted, insn, message, errno, null, "", internalBug);
    }

    /**
     * Reads a verifier log the way the syscall module reads a real load's log: the failing instruction is the
     * last instruction line, the message the meaningful lines after it (or, when the walk never began, the last
     * line, with the instruction taken from an {@code insn N} inside it).
     *
     * @param errno the errno symbol of a rejection, or {@code null} for an accepted program
     */
    public static Verdict fromLog(String errno, String log) {
        Integer processed = processed(log);
        if (errno == null) {
            return new Verdict(true, null, null, null, processed, log, null);
        }
        List<String> body = new ArrayList<>();
        for (String line : log.split("\n", -1)) {
            if (PROCESSED.matcher(line).find()) {
                break;
            }
            body.add(line);
        }
        while (!body.isEmpty() && body.get(body.size() - 1).isBlank()) {
            body.remove(body.size() - 1);
        }
        Integer insn = null;
        int last = -1;
        for (int i = body.size() - 1; i >= 0; i--) {
            Matcher m = INSN_LINE.matcher(body.get(i));
            if (m.find()) {
                insn = Integer.valueOf(m.group(1));
                last = i;
                break;
            }
        }
        List<String> msg = new ArrayList<>();
        for (int i = last + 1; i < body.size(); i++) {
            String line = body.get(i);
            if (!NOISE.matcher(line).find()) {
                msg.add(line.strip());
            }
        }
        if (last < 0 && msg.size() > 1) {
            msg = List.of(msg.get(msg.size() - 1));
        }
        String message = msg.isEmpty() ? null : String.join("\n", msg);
        if (insn == null && message != null) {
            Matcher m = INSN_IN_MESSAGE.matcher(message);
            if (m.find()) {
                insn = Integer.valueOf(m.group(1));
            }
        }
        return new Verdict(false, insn, message, errno, processed, log, null);
    }

    private static Integer processed(String log) {
        for (String line : log.split("\n", -1)) {
            Matcher m = PROCESSED.matcher(line);
            if (m.find()) {
                long n = Long.parseLong(m.group(1));
                return n > Integer.MAX_VALUE ? null : (int) n;
            }
        }
        return null;
    }
}
