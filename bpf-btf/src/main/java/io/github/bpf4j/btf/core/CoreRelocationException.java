package io.github.bpf4j.btf.core;

import io.github.bpf4j.btf.CoreReloKind;

/**
 * A CO-RE relocation that libbpf 1.1 refuses: the load fails rather than the instruction being poisoned. Carries the
 * relocation's index in its list, the slot index of the instruction it patches, its kind and the errno name libbpf
 * returns ({@code EINVAL}, {@code E2BIG}, {@code ERANGE}, {@code EOPNOTSUPP}).
 */
public final class CoreRelocationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int relocation;
    private final int insn;
    private final CoreReloKind kind;
    private final String errno;
    private final String detail;

    public CoreRelocationException(int relocation, int insn, CoreReloKind kind, String errno, String detail) {
        super("CO-RE relocation #" + relocation + " (" + (kind == null ? "?" : CoreEngine.kindStr(kind)) + ") at insn #"
                + insn + ": " + detail + " (" + errno + ")");
        this.relocation = relocation;
        this.insn = insn;
        this.kind = kind;
        this.errno = errno;
        this.detail = detail;
    }

    /** Index of the relocation in the list given to the relocator. */
    public int relocation() {
        return relocation;
    }

    /** Slot index of the instruction from the start of its section. */
    public int insn() {
        return insn;
    }

    /** The relocation kind. */
    public CoreReloKind kind() {
        return kind;
    }

    /** The errno name libbpf fails with. */
    public String errno() {
        return errno;
    }

    /** The message without the location prefix. */
    public String detail() {
        return detail;
    }
}
