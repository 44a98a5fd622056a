package io.github.bpf4j.sys;

/**
 * The outcome of verifying a program: accepted, or rejected at an instruction with the verifier's message. A real
 * load ({@link Program#load}, {@link ProgramLoadException#outcome()}) produces it; the verifier simulator is meant
 * to produce the same record so that simulated and real outcomes compare with {@code equals} on the fields that
 * matter ({@link #verdict()}).
 *
 * @param accepted  whether the kernel accepted the program
 * @param insn      the index of the failing instruction, or {@code null} (accepted, or no instruction named)
 * @param message   the verifier's error message (the last meaningful lines of the log), or {@code null}
 * @param errno     the errno symbol of a rejection ({@code "EACCES"}, {@code "EINVAL"}), or {@code null}
 * @param processed the {@code processed N insns} count from the log, or {@code null} when not logged
 * @param log       the whole verifier log ({@code ""} when none was asked for)
 */
public record LoadOutcome(boolean accepted, Integer insn, String message, String errno, Integer processed,
        String log) {

    public LoadOutcome {
        log = log == null ? "" : log;
        if (accepted && (insn != null || errno != null)) {
            throw new IllegalArgumentException("an accepted program has no failing instruction or errno");
        }
        if (!accepted && errno == null) {
            throw new IllegalArgumentException("a rejection carries its errno");
        }
    }

    /** The outcome without the log and the processed count: what a simulator must match exactly. */
    public LoadOutcome verdict() {
        return new LoadOutcome(accepted, insn, message, errno, null, "");
    }
}
