package io.github.bpf4j.btf;

/**
 * Malformed BTF or .BTF.ext data: truncated, out of range, inconsistent or cyclic.
 *
 * <p>{@link #typeId()} is the type being decoded or resolved (-1 when the problem is not about one type, e.g. the
 * header); {@link #byteOffset()} is the offset in the input where the problem was found (-1 when not about bytes,
 * e.g. a cycle found while resolving).
 */
public final class BtfFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int typeId;
    private final long byteOffset;
    private final String detail;

    public BtfFormatException(int typeId, long byteOffset, String message) {
        super(format(typeId, byteOffset, message));
        this.typeId = typeId;
        this.byteOffset = byteOffset;
        this.detail = message;
    }

    private static String format(int typeId, long byteOffset, String message) {
        StringBuilder sb = new StringBuilder("BTF");
        if (typeId >= 0) {
            sb.append(" type [").append(typeId).append(']');
        }
        if (byteOffset >= 0) {
            sb.append(" at byte offset ").append(byteOffset);
        }
        return sb.append(": ").append(message).toString();
    }

    /** The type id concerned, or -1. */
    public int typeId() {
        return typeId;
    }

    /** The byte offset in the input, or -1. */
    public long byteOffset() {
        return byteOffset;
    }

    /** The message without the location prefix. */
    public String detail() {
        return detail;
    }
}
