package io.github.bpf4j.btf;

/** What a CO-RE relocation asks for ({@code enum bpf_core_relo_kind} in include/uapi/linux/bpf.h, kernel 6.18). */
public enum CoreReloKind {
    FIELD_BYTE_OFFSET, FIELD_BYTE_SIZE, FIELD_EXISTS, FIELD_SIGNED, FIELD_LSHIFT_U64, FIELD_RSHIFT_U64,
    TYPE_ID_LOCAL, TYPE_ID_TARGET, TYPE_EXISTS, TYPE_SIZE, ENUMVAL_EXISTS, ENUMVAL_VALUE, TYPE_MATCHES;

    private static final CoreReloKind[] BY_VALUE = values();
    private static final String[] LIBBPF_NAMES = {"byte_off", "byte_sz", "field_exists", "signed", "lshift_u64",
        "rshift_u64", "local_type_id", "target_type_id", "type_exists", "type_size", "enumval_exists",
        "enumval_value", "type_matches"};

    /** The name libbpf's core_relo_kind_str prints in its logs ({@code byte_off}, {@code type_size}, ...). */
    public String libbpfName() {
        return LIBBPF_NAMES[ordinal()];
    }

    /** The kernel's number for this kind. */
    public int value() {
        return ordinal();
    }

    /** The kind numbered {@code value}, or null. */
    public static CoreReloKind ofValue(long value) {
        return value >= 0 && value < BY_VALUE.length ? BY_VALUE[(int) value] : null;
    }
}
