package io.github.bpf4j.sys;

import io.github.bpf4j.verifier.Verdict;

/**
 * The kernel refused to load a program. Carries the errno, the failing instruction parsed from the verifier log,
 * the verifier's message and the whole log.
 */
public class ProgramLoadException extends BpfException {

    private static final long serialVersionUID = 1L;

    private final transient Verdict outcome;
    private final String program;

    public ProgramLoadException(String program, Errno errno, Verdict outcome, String hint) {
        super(BpfCommand.PROG_LOAD.name(), errno, detail(program, outcome), hint);
        this.outcome = outcome;
        this.program = program;
    }

    private static String detail(String program, Verdict o) {
        StringBuilder sb = new StringBuilder("program '").append(program).append("' rejected");
        if (o.insn() != null) {
            sb.append(" at insn ").append(o.insn());
        }
        if (o.message() != null && !o.message().isEmpty()) {
            sb.append(": ").append(o.message());
        } else if (o.log().isEmpty()) {
            sb.append(" with an empty verifier log");
        }
        return sb.toString();
    }

    /** The program's name. */
    public String program() {
        return program;
    }

    /** The outcome: errno, instruction, message, log. */
    public Verdict outcome() {
        return outcome;
    }

    /** The failing instruction index, or {@code null}. */
    public Integer insn() {
        return outcome.insn();
    }

    /** The verifier's message, or {@code null}. */
    public String verifierMessage() {
        return outcome.message();
    }

    /** The whole verifier log. */
    public String log() {
        return outcome.log();
    }
}
