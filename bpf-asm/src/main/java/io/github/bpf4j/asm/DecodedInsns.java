package io.github.bpf4j.asm;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The immutable list {@link InsnCodec#decode} returns: one packed long of fields and one kind byte per
 * instruction (plus the second immediate of 64-bit loads), records made on each read.
 */
final class DecodedInsns extends AbstractList<Insn> implements RandomAccess {

    private final long[] fields;
    private final byte[] kinds;
    private final int[] nextImms;
    private final int size;

    DecodedInsns(long[] fields, byte[] kinds, int[] nextImms, int size) {
        this.fields = fields;
        this.kinds = kinds;
        this.nextImms = nextImms;
        this.size = size;
    }

    @Override
    public Insn get(int index) {
        java.util.Objects.checkIndex(index, size);
        return InsnCodec.materialize(kinds[index], fields[index], nextImms == null ? 0 : nextImms[index]);
    }

    @Override
    public int size() {
        return size;
    }
}
