package io.github.bpf4j.btf;

/**
 * The BTF type kinds with their kernel numbers ({@code BTF_KIND_*} in include/uapi/linux/btf.h, kernel 6.18).
 * {@link #VOID} is kind 0, which only type id 0 has.
 */
public enum BtfKind {
    VOID(0), INT(1), PTR(2), ARRAY(3), STRUCT(4), UNION(5), ENUM(6), FWD(7), TYPEDEF(8), VOLATILE(9), CONST(10),
    RESTRICT(11), FUNC(12), FUNC_PROTO(13), VAR(14), DATASEC(15), FLOAT(16), DECL_TAG(17), TYPE_TAG(18),
    ENUM64(19);

    private static final BtfKind[] BY_VALUE = values();

    private final int value;

    BtfKind(int value) {
        this.value = value;
    }

    /** The kernel's number for this kind (bits 24..28 of {@code info}). */
    public int value() {
        return value;
    }

    /** The kind numbered {@code value}, or null when the number is not a kind this library knows. */
    public static BtfKind ofValue(int value) {
        return value >= 0 && value < BY_VALUE.length ? BY_VALUE[value] : null;
    }

    /** True for CONST, VOLATILE, RESTRICT and TYPE_TAG: kinds that qualify another type without changing it. */
    public boolean isModifier() {
        return this == CONST || this == VOLATILE || this == RESTRICT || this == TYPE_TAG;
    }
}
