package io.github.bpf4j.btf.layout;

/**
 * Where a member path ends up inside its outermost type: {@code typeId} is the type of the last member (as
 * declared, typedefs kept), {@code bitOffset} counts from the start of the outermost type and {@code bitfieldSize}
 * is 0 unless the last member is a bitfield.
 */
public record FieldOffset(String path, int typeId, long bitOffset, int bitfieldSize) {
    public FieldOffset {
        if (bitOffset < 0 || bitfieldSize < 0) {
            throw new IllegalArgumentException("negative offset or bitfield size");
        }
    }

    /** The byte holding the first bit ({@code offsetof} for a member that is not a bitfield). */
    public long byteOffset() {
        return bitOffset / 8;
    }

    public boolean isBitfield() {
        return bitfieldSize != 0;
    }

    /** The bit offset inside {@link #byteOffset()}. */
    public int bitInByte() {
        return (int) (bitOffset % 8);
    }
}
