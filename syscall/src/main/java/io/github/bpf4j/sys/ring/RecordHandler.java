package io.github.bpf4j.sys.ring;

import java.nio.ByteBuffer;

/**
 * Receives ring buffer records without a buffer object per record: {@code data} is the read-only mapped data area
 * of the ring (native byte order, the same object for every record of a reader) and the record is the
 * {@code length} bytes from {@code offset}, read with absolute gets ({@code data.getLong(offset + 8)}). The bytes
 * are valid only during the call: the reader hands the space back to the kernel as soon as the call returns. This
 * is libbpf's {@code ring_buffer_sample_fn(ctx, data, size)} in Java terms; {@link RingReader#poll(java.time.Duration,
 * java.util.function.Consumer)} builds a view per record on top of it.
 */
@FunctionalInterface
public interface RecordHandler {

    /**
     * One committed record.
     *
     * @param data   the ring's data area (do not keep it past the call; its position is free to move, its
     *               limit must stay: it is the same buffer for every record)
     * @param offset where the record starts in {@code data}
     * @param length the record's size in bytes
     */
    void onRecord(ByteBuffer data, int offset, int length);
}
