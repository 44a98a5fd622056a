package io.github.bpf4j.asm;

/**
 * The meaning of a 64-bit immediate load, chosen by its source-register field (the kernel's
 * {@code BPF_PSEUDO_*} constants).
 */
public enum Pseudo {
    /** A plain 64-bit constant. */
    NONE(0),
    /** {@code imm} is a map file descriptor; the register receives the map. */
    MAP_FD(1),
    /** {@code imm} is a map file descriptor, the second immediate an offset into its value. */
    MAP_VALUE(2),
    /** {@code imm} is a kernel BTF id (of a variable), the second immediate a BTF object fd or 0. */
    BTF_ID(3),
    /** {@code imm} is the instruction offset of a BPF function (a callback). */
    FUNC(4),
    /** {@code imm} is an index into the fd array given at load. */
    MAP_IDX(5),
    /** {@code imm} is an index into the fd array, the second immediate an offset into the map's value. */
    MAP_IDX_VALUE(6);

    private static final Pseudo[] BY_CODE = values();

    private final int code;

    Pseudo(int code) {
        this.code = code;
    }

    /** The value of the source-register field. */
    public int code() {
        return code;
    }

    /** Whether the immediate names a map. */
    public boolean isMap() {
        return this == MAP_FD || this == MAP_VALUE || this == MAP_IDX || this == MAP_IDX_VALUE;
    }

    /** Whether the second immediate is an offset into a map value. */
    public boolean hasValueOffset() {
        return this == MAP_VALUE || this == MAP_IDX_VALUE;
    }

    /** The pseudo source of a source-register field, or {@code null} for 7 to 15. */
    public static Pseudo ofOrNull(int src) {
        return src >= 0 && src < BY_CODE.length ? BY_CODE[src] : null;
    }
}
