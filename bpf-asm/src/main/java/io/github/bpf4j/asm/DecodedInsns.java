package io.github.bpf4j.asm;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The immutable list {@link InsnCodec#decode} returns: one packed long of fields and one kind byte per
 * instruction, kept in chunks of {@link #CHUNK}, records made on each read. A 64-bit immediate load is one entry
 * too: both immediates in the long, its registers in a negative kind byte (see {@code InsnCodec.loadImm64Tag}).
 */
final class DecodedInsns extends AbstractList<Insn> implements RandomAccess {

    static final int SHIFT = 14;
    static final int CHUNK = 1 << SHIFT;
    static final int MASK = CHUNK - 1;

    private final long[][] fields;
    private final byte[][] kinds;
    private final int size;

    DecodedInsns(long[][] fields, byte[][] kinds, int size) {
        this.fields = fields;
        this.kinds = kinds;
        this.size = size;
    }

    @Override
    public Insn get(int index) {
        Objects.checkIndex(index, size);
        int c = index >>> SHIFT;
        int at = index & MASK;
        int kind = kinds[c][at];
        long f = fields[c][at];
        return kind < 0 ? InsnCodec.loadImm64(kind, f) : InsnCodec.materialize(kind, f, 0);
    }

    @Override
    public int size() {
        return size;
    }
}
