package io.github.bpf4j.asm;

/**
 * The access size of loads, stores and atomics: bits 3 and 4 of the opcode byte ({@code code & 0x18}).
 */
public enum Size {
    /** Word, 4 bytes. */
    W(0x00, 4, "u32"),
    /** Half word, 2 bytes. */
    H(0x08, 2, "u16"),
    /** Byte. */
    B(0x10, 1, "u8"),
    /** Double word, 8 bytes. */
    DW(0x18, 8, "u64");

    private static final Size[] BY_CODE = {W, H, B, DW};

    private final int code;
    private final int bytes;
    private final String cType;

    Size(int code, int bytes, String cType) {
        this.code = code;
        this.bytes = bytes;
        this.cType = cType;
    }

    /** The size bits in place ({@code 0x00}, {@code 0x08}, {@code 0x10}, {@code 0x18}). */
    public int code() {
        return code;
    }

    /** Bytes accessed. */
    public int bytes() {
        return bytes;
    }

    /** The unsigned C type that the kernel and LLVM print: {@code u8} to {@code u64}. */
    public String cType() {
        return cType;
    }

    /** The signed C type LLVM prints for sign-extending loads: {@code s8} to {@code s32}. */
    public String signedCType() {
        return "s" + cType.substring(1);
    }

    /** The size of an opcode byte. */
    public static Size of(int opcode) {
        return BY_CODE[(opcode >> 3) & 0x03];
    }

    /** The size of a byte count 1, 2, 4 or 8. */
    public static Size ofBytes(int bytes) {
        return switch (bytes) {
            case 1 -> B;
            case 2 -> H;
            case 4 -> W;
            case 8 -> DW;
            default -> throw new IllegalArgumentException("no access size of " + bytes + " bytes");
        };
    }
}
