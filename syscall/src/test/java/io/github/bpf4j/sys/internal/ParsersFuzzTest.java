package io.github.bpf4j.sys.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/** The parsers of this module reject malformed input with IllegalArgumentException only. */
class ParsersFuzzTest {

    @FuzzTest
    void cpuList(byte[] data) {
        try {
            Cpus.parse(new String(data, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException expected) {
            // a malformed list names the bad part
        }
    }
}
