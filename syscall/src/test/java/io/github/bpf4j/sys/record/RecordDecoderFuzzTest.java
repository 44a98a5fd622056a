package io.github.bpf4j.sys.record;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;

/** Any bytes decode as the test struct or are refused as too short; nothing else escapes. */
class RecordDecoderFuzzTest {

    private static final RecordDecoder DECODER = RecordDecoder.of(RecordDecoderTest.btf(), "all");

    @FuzzTest
    void decode(byte[] data) {
        try {
            DECODER.decode(ByteBuffer.wrap(data)).toString();
        } catch (RecordFormatException expected) {
            // shorter than the struct: both sizes in the message
        }
    }
}
