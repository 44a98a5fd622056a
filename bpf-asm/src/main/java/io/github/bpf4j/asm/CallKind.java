package io.github.bpf4j.asm;

/** What a call instruction calls, chosen by its source-register field. */
public enum CallKind {
    /** A helper by its number ({@code enum bpf_func_id}). */
    HELPER(0),
    /** A BPF function in the same program: the immediate is the instruction offset minus one. */
    LOCAL(1),
    /** A kernel function by BTF id; the offset field selects the module BTF (0 is vmlinux). */
    KFUNC(2);

    private final int code;

    CallKind(int code) {
        this.code = code;
    }

    /** The value of the source-register field. */
    public int code() {
        return code;
    }

    /** The kind of a source-register field, or {@code null}. */
    public static CallKind ofOrNull(int src) {
        return switch (src) {
            case 0 -> HELPER;
            case 1 -> LOCAL;
            case 2 -> KFUNC;
            default -> null;
        };
    }
}
