package io.github.bpf4j.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Exit;
import io.github.bpf4j.asm.Load;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.asm.Size;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public value types and the entry point. */
class ApiTest {

    private static final Verifier V = Verifier.forKernel(KernelProfile.linux618());

    @Test
    void mapDefParsesTheCorpusNotation() {
        assertThat(MapDef.parse("hash:4:8:16")).isEqualTo(new MapDef(MapType.HASH, 4, 8, 16, 0));
        assertThat(MapDef.parse("percpu_array:4:8:2:0x1")).isEqualTo(new MapDef(MapType.PERCPU_ARRAY, 4, 8, 2, 1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hash:4:8", "hash:4:8:16:0:9", "nosuchmap:4:8:16", "hash:x:8:16", "hash:-4:8:16"})
    void mapDefRejectsMalformedText(String text) {
        assertThatThrownBy(() -> MapDef.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(text.startsWith("hash:-") ? "unsigned" : text.startsWith("nosuch") ? "nosuchmap"
                        : "map '" + text + "'");
    }

    @Test
    void progTypeSpellings() {
        for (ProgType t : ProgType.values()) {
            assertThat(ProgType.of(t.spelling())).isEqualTo(t);
        }
        assertThatThrownBy(() -> ProgType.of("fentry")).hasMessageContaining("'fentry'");
    }

    @Test
    void onlyLinux618IsSimulated() {
        assertThatThrownBy(() -> Verifier.forKernel(new KernelProfile("5.15", 0))).hasMessageContaining("5.15");
    }

    @Test
    void acceptedProgramHasProcessedCountAndNoFailure() {
        Verdict v = V.verify(new ProgramInput(List.of(Alu.imm(true, AluOp.MOV, Reg.R0, 0), Exit.INSTANCE),
                ProgType.SOCKET_FILTER, null, List.of()));
        assertThat(v.accepted()).isTrue();
        assertThat(v.insn()).isNull();
        assertThat(v.processed()).isEqualTo(2);
        assertThat(v.log()).isEqualTo("processed 2 insns (limit 1000000) max_states_per_insn 0 total_states 0 "
                + "peak_states 0 mark_read 0\n");
    }

    @Test
    void rejectionNamesInstructionMessageAndErrno() {
        Verdict v = V.verify(new ProgramInput(List.of(Load.of(Size.DW, Reg.R0, Reg.R2, 0), Exit.INSTANCE),
                ProgType.XDP, null, List.of()));
        assertThat(v.verdict()).isEqualTo(new Verdict(false, 0, "R2 !read_ok", "EACCES", null, "", null));
        assertThat(v.log()).startsWith("0: R1=ctx() R10=fp0\n0: (79) r0 = *(u64 *)(r2 +0)\nR2 !read_ok\n");
    }

    /** bpf_spin_lock (93) is offered to socket filters but not modelled: a refusal of the simulator's own. */
    @Test
    void whatIsNotModelledIsNotAPrediction() {
        List<io.github.bpf4j.asm.Insn> insns = new java.util.ArrayList<>();
        for (Reg r : List.of(Reg.R1, Reg.R2, Reg.R3, Reg.R4, Reg.R5)) {
            insns.add(Alu.imm(true, AluOp.MOV, r, 0));
        }
        insns.add(io.github.bpf4j.asm.Call.helper(93));
        insns.add(Alu.imm(true, AluOp.MOV, Reg.R0, 0));
        insns.add(Exit.INSTANCE);
        Verdict v = V.verify(new ProgramInput(insns, ProgType.SOCKET_FILTER, null, List.of()));
        assertThat(v.accepted()).isFalse();
        assertThat(v.message()).isEqualTo("helper bpf_spin_lock#93 is not simulated");
        assertThat(v.simulated()).isFalse();
        Verdict rejected = V.verify(new ProgramInput(List.of(Load.of(Size.DW, Reg.R0, Reg.R2, 0), Exit.INSTANCE),
                ProgType.XDP, null, List.of()));
        assertThat(rejected.simulated()).isTrue();
    }

    @Test
    void emptyProgramIsRejectedWithoutLog() {
        Verdict v = V.verify(new ProgramInput(List.of(), ProgType.XDP, null, List.of()));
        assertThat(v.accepted()).isFalse();
        assertThat(v.errno()).isEqualTo("EINVAL");
    }

    @Test
    void fromLogReadsPreSimulationErrors() {
        Verdict v = Verdict.fromLog("EINVAL", "unreachable insn 2\nprocessed 0 insns (limit 1000000) "
                + "max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0\n");
        assertThat(v.insn()).isEqualTo(2);
        assertThat(v.message()).isEqualTo("unreachable insn 2");
        assertThat(v.processed()).isZero();
    }

    @Test
    void verdictRejectsInconsistentFields() {
        assertThatThrownBy(() -> new Verdict(true, 3, null, null, 1, "", null)).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> new Verdict(false, 3, "m", null, 1, "", null)).hasMessageContaining("errno");
    }
}
