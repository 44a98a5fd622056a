package io.github.bpf4j.asm;

/**
 * A {@link ProgramBuilder} program whose labels do not resolve: a jump to a label never defined, a label defined
 * twice, or a jump whose distance does not fit its offset field.
 */
public final class LabelException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the label. */
    public enum Reason {
        /** A jump, call or function load names a label no {@code label(...)} defines. */
        UNDEFINED,
        /** {@code label(...)} was given the same name twice. */
        DUPLICATE,
        /** The distance to the label does not fit the instruction's signed 16-bit offset. */
        OUT_OF_RANGE
    }

    private final String label;
    private final int slot;
    private final Reason reason;

    LabelException(Reason reason, String label, int slot, String message) {
        super(message);
        this.reason = reason;
        this.label = label;
        this.slot = slot;
    }

    /** The label's name. */
    public String label() {
        return label;
    }

    /** The slot index of the offending instruction (for {@link Reason#DUPLICATE}: of the second definition). */
    public int slot() {
        return slot;
    }

    /** What is wrong. */
    public Reason reason() {
        return reason;
    }
}
