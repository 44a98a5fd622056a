package io.github.bpf4j.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.List;

/**
 * Jazzer: the simulator turns any byte string into a verdict without throwing or reporting an internal bug. The
 * first byte picks the program type; the rest, cut to whole 8-byte slots, is the program. The seed corpus
 * (VerifierFuzzTestInputs/fuzzVerify) holds a few corpus programs; plain {@code mvn test} replays only those.
 */
class VerifierFuzzTest {

    private static final Verifier VERIFIER = Verifier.forKernel(KernelProfile.linux618());
    private static final List<MapDef> MAPS = List.of(MapDef.parse("hash:4:8:16"), MapDef.parse("array:4:16:4"),
            MapDef.parse("ringbuf:0:0:4096"), MapDef.parse("array_of_maps:4:4:2(inner=hash:4:8:4)"));

    @FuzzTest(maxDuration = "30s")
    void fuzzVerify(byte[] data) {
        if (data.length < 1) {
            return;
        }
        ProgType[] types = ProgType.values();
        ProgType type = types[(data[0] & 0xff) % types.length];
        int n = (data.length - 1) / 8 * 8;
        byte[] code = Arrays.copyOfRange(data, 1, 1 + n);
        Verdict v = VERIFIER.verify(ProgramInput.of(code, type, null, MAPS));
        assertThat(v.internalBug()).isNull();
    }

    private static final Verifier WITH_BTF = Verifier.forKernel(KernelProfile.linux618(2)
            .withBtf(BtfTypedSimulationTest.testBtf()));

    /**
     * The same with a kernel BTF (BtfTypedSimulationTest's): the first byte's low bit picks a tp_btf program on its
     * raw tracepoint or a kprobe (which may call the BTF-typed helpers), so that PTR_TO_BTF_ID walks get fuzzed.
     */
    @FuzzTest(maxDuration = "30s")
    void fuzzVerifyWithBtf(byte[] data) {
        if (data.length < 1) {
            return;
        }
        int n = (data.length - 1) / 8 * 8;
        byte[] code = Arrays.copyOfRange(data, 1, 1 + n);
        ProgramInput in = (data[0] & 1) == 0
                ? ProgramInput.of(code, ProgType.TRACING, "trace_raw_tp", MAPS).withAttachBtf("myevent")
                : ProgramInput.of(code, ProgType.KPROBE, null, MAPS);
        Verdict v = WITH_BTF.verify(in);
        assertThat(v.internalBug()).isNull();
    }
}
