package io.github.bpf4j.verifier;

import io.github.bpf4j.verifier.internal.VerifierLogs;

/**
 * The outcome of verifying a program, simulated ({@link Verifier}) or real (the syscall module's program loads and
 * their ProgramLoadException): one type, so that the two compare with {@code equals}; {@link #verdict()} keeps what
 * must match exactly. A rejection's errno is the kernel's symbol, {@code ENOTSUPP} for the kernel-internal 524.
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

    public Verdict {
        log = log == null ? "" : log;
        if (accepted && (insn != null || errno != null)) {
            throw new IllegalArgumentException("an accepted program has no failing instruction or errno");
        }
        if (!accepted && errno == null) {
            throw new IllegalArgumentException("a rejection carries its errno");
        }
    }

    /**
     * False when the simulator stopped at something it does not model (a helper, an instruction, a program shape):
     * the rejection is then its own, its message says what is {@code not simulated} (words the kernel's verifier
     * never prints), and the verdict predicts nothing about what the kernel will say. True for every verdict of the
     * kernel and for every prediction.
     */
    public boolean simulated() {
        return accepted || message == null || !message.contains(" not simulated");
    }

    /** The verdict without the log and the processed count: what a simulator must match exactly. */
    public Verdict verdict() {
        return new Verdict(accepted, insn, message, errno, null, "", internalBug);
    }

    /**
     * Reads a verifier log, of a real load or a recorded one: the failing instruction is the last instruction line,
     * the message the meaningful lines after it (or, when the walk never began, the last line, with the instruction
     * taken from an {@code insn N} inside it).
     *
     * @param errno the errno symbol of a rejection, or {@code null} for an accepted program
     */
    public static Verdict fromLog(String errno, String log) {
        return errno == null ? VerifierLogs.accepted(log) : VerifierLogs.rejected(errno, log);
    }
}
