package io.github.bpf4j.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The corpus header line: what {@link ProgramInput#ofHeader} reads and what it refuses. */
class ProgramInputHeaderTest {

    /** {@code r0 = 0; exit}. */
    private static final byte[] CODE = {(byte) 0xb7, 0, 0, 0, 0, 0, 0, 0, (byte) 0x95, 0, 0, 0, 0, 0, 0, 0};

    @Test
    void readsEveryField() {
        ProgramInput in = ProgramInput.ofHeader(CODE, "# type: tracing; maps: hash:4:8:16, array:4:8:1; "
                + "attach: trace_raw_tp; attach_btf: sched_switch");
        assertThat(in.type()).isEqualTo(ProgType.TRACING);
        assertThat(in.expectedAttachType()).isEqualTo("trace_raw_tp");
        assertThat(in.attachBtf()).isEqualTo("sched_switch");
        assertThat(in.maps()).containsExactly(MapDef.parse("hash:4:8:16"), MapDef.parse("array:4:8:1"));
        assertThat(in.insns()).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "# maps: hash:4:8:16          | the header names no program type",
        "# type: xdp; colour: blue    | unknown header field 'colour'",
        "# type: xdp; attach          | header field 'attach' has no value",
        "# type: nosuch               | unknown program type 'nosuch'"})
    void refusesWithTheField(String header, String message) {
        assertThatThrownBy(() -> ProgramInput.ofHeader(CODE, header))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
