package io.github.bpf4j.verifier.internal;

/**
 * An inconsistency inside the simulator (never a property of the program under test). The public API turns it
 * into a verdict flagged {@code internalBug}.
 */
public final class VerifierBug extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int insn;

    public VerifierBug(int insn, String message) {
        super("simulator bug at insn " + insn + ": " + message);
        this.insn = insn;
    }

    /** The instruction being simulated. */
    public int insn() {
        return insn;
    }
}
