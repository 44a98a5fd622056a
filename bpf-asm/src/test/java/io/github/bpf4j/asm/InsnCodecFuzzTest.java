package io.github.bpf4j.asm;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * Any bytes decode, in either byte order, to elements that each equal what the full rules give at their position
 * ({@link InsnCodec#decodeAt}), and encode back to the same bytes: the fast path's tables and its pairing of 64-bit
 * loads must never disagree with {@code classify}. The first byte picks the order (even: little-endian). The seed
 * corpus under src/test/resources/io/github/bpf4j/asm/InsnCodecFuzzTestInputs holds calls of each kind with a
 * 64-bit load, big-endian byte swaps and atomics (valid and not), and 64-bit loads with clean, dirty and missing
 * second slots; a plain {@code mvn test} runs just the corpus.
 */
class InsnCodecFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void decodeAgreesWithTheRules(byte[] data) {
        if (data.length == 0) {
            return;
        }
        ByteOrder order = (data[0] & 1) == 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        int length = (data.length - 1) - (data.length - 1) % InsnCodec.SLOT;
        byte[] bytes = Arrays.copyOfRange(data, 1, 1 + length);
        List<Insn> insns = InsnCodec.decode(bytes, 0, bytes.length, order);
        int p = 0;
        for (Insn insn : insns) {
            Insn expected = InsnCodec.decodeAt(bytes, p, bytes.length, order);
            if (!expected.equals(insn)) {
                throw new IllegalStateException("at byte " + p + " decode gives " + insn + ", the rules " + expected);
            }
            p += insn.slots() * InsnCodec.SLOT;
        }
        if (p != bytes.length || !Arrays.equals(InsnCodec.encode(insns, order), bytes)) {
            throw new IllegalStateException("decode then encode is not the identity");
        }
    }
}
