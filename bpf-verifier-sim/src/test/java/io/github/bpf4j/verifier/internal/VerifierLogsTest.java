package io.github.bpf4j.verifier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.verifier.Verdict;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VerifierLogsTest {

    static Stream<Arguments> logs() {
        return Stream.of(
                Arguments.of(Named.of("error after the failing insn", """
                        0: R1=ctx() R10=fp0
                        0: (b7) r1 = 0                        ; R1=0
                        1: (79) r0 = *(u64 *)(r1 +0)
                        R1 invalid mem access 'scalar'
                        processed 2 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0
                        """), 1, "R1 invalid mem access 'scalar'", 2),
                Arguments.of(Named.of("no walk: insn from the message", """
                        jump out of range from insn 0 to 6
                        processed 0 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0
                        """), 0, "jump out of range from insn 0 to 6", 0),
                Arguments.of(Named.of("two message lines, source annotation skipped", """
                        func#0 @0
                        0: R1=ctx() R10=fp0
                        ; return *p;
                        3: (61) r0 = *(u32 *)(r0 +8)
                        invalid access to map value, value_size=8 off=8 size=4
                        R0 min value is outside of the allowed memory range
                        processed 4 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0
                        """), 3, "invalid access to map value, value_size=8 off=8 size=4\n"
                        + "R0 min value is outside of the allowed memory range", 4),
                Arguments.of(Named.of("no processed line", """
                        unknown opcode 8d
                        """), null, "unknown opcode 8d", null),
                Arguments.of(Named.of("empty log", ""), null, null, null));
    }

    @ParameterizedTest
    @MethodSource("logs")
    void readsTheFailure(String log, Integer insn, String message, Integer processed) {
        Verdict o = VerifierLogs.rejected("EACCES", log);
        assertThat(o.accepted()).isFalse();
        assertThat(o.insn()).isEqualTo(insn);
        assertThat(o.message()).isEqualTo(message);
        assertThat(o.processed()).isEqualTo(processed);
        assertThat(o.errno()).isEqualTo("EACCES");
        assertThat(o.log()).isEqualTo(log);
        assertThat(o.verdict()).isEqualTo(new Verdict(false, insn, message, "EACCES", null, "", null));
    }
}
