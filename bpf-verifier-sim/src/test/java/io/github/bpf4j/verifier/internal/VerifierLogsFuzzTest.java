package io.github.bpf4j.verifier.internal;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.bpf4j.verifier.Verdict;
import java.nio.charset.StandardCharsets;

class VerifierLogsFuzzTest {

    /** Any text parses to an outcome; the instruction, when found, is a non-negative number. */
    @FuzzTest
    void verifierLog(byte[] data) {
        String log = new String(data, StandardCharsets.UTF_8);
        Verdict o = VerifierLogs.rejected("EINVAL", log);
        if (o.insn() != null && o.insn() < 0) {
            throw new IllegalStateException("negative insn " + o.insn());
        }
        VerifierLogs.accepted(log);
    }
}
