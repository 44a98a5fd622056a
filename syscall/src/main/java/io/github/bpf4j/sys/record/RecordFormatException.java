package io.github.bpf4j.sys.record;

/**
 * A record that does not fit its type: shorter than the struct, or a type the decoder cannot lay out.
 * {@link #byteOffset()} is where in the record (or -1 for problems with the type itself).
 */
public final class RecordFormatException extends RuntimeException {

    private final String typeName;
    private final long byteOffset;

    public RecordFormatException(String typeName, long byteOffset, String message) {
        super(typeName + (byteOffset >= 0 ? " at byte " + byteOffset : "") + ": " + message);
        this.typeName = typeName;
        this.byteOffset = byteOffset;
    }

    /** The C type being decoded. */
    public String typeName() {
        return typeName;
    }

    /** The byte offset in the record, or -1. */
    public long byteOffset() {
        return byteOffset;
    }
}
