package io.github.bpf4j.asm;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The immutable list {@link InsnCodec#decode} returns: one packed long of fields and one kind byte per
 * instruction (plus the second immediate of 64-bit loads), kept in chunks of {@link #CHUNK}, records made on each
 * read.
 */
final class DecodedInsns extends AbstractList<Insn> implements RandomAccess {

    static final int SHIFT = 14;
    static final int CHUNK = 1 << SHIFT;
    static final int MASK = CHUNK - 1;

    private final long[][] fields;
    private final byte[][] kinds;
    private final int[][] nextImms;
    private final int size;

    DecodedInsns(long[][] fields, byte[][] kinds, int[][] nextImms, int size) {
        this.fields = fields;
        this.kinds = kinds;
        this.nextImms = nextImms;
        this.size = size;
    }

    @Override
    public Insn get(int index) {
        Objects.checkIndex(index, size);
        int c = index >>> SHIFT;
        int at = index & MASK;
        int[] next = nextImms[c];
        return InsnCodec.materialize(kinds[c][at], fields[c][at], next == null ? 0 : next[at]);
    }

    @Override
    public int size() {
        return size;
    }
}
