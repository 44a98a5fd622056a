package io.github.bpf4j.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Exit;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.JmpOp;
import io.github.bpf4j.asm.Jump;
import io.github.bpf4j.asm.Load;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.asm.Size;
import io.github.bpf4j.verifier.ProgramInput.LineInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Source lines in the level-1 log ({@code verbose_linfo}, Linux 6.18). The expected text is the log Linux 6.18 wrote
 * for the same program and records (cli's VerifyKernelTest loads it and compares on every kernel run).
 */
class LineInfoLogTest {

    /** A socket filter whose fall-through path ends before the branch to insn 5 is taken. */
    static final List<Insn> PROGRAM = List.of(
            Load.of(Size.W, Reg.of(2), Reg.of(1), 0),
            Alu.imm(true, AluOp.MOV, Reg.of(0), 0),
            Jump.imm(true, JmpOp.JGT, Reg.of(2), 5, 2),
            Alu.imm(true, AluOp.MOV, Reg.of(0), 1),
            Exit.INSTANCE,
            Load.of(Size.W, Reg.of(0), Reg.of(1), 76),
            Exit.INSTANCE);

    static final List<LineInfo> LINES = List.of(
            new LineInfo(0, "src/lines.c", "\tint len = skb->len;", 10, 2),
            new LineInfo(1, "src/lines.c", "  int r = 0;", 11, 6),
            new LineInfo(2, "src/lines.c", "if (len > 5)", 12, 6),
            new LineInfo(3, "/build/dir/src/lines.c", "r = 1;", 13, 3),
            new LineInfo(4, "src/lines.c", "return r;", 14, 2),
            new LineInfo(5, "src/lines.c", "return r + skb->cb[7];", 14, 9));

    private static Verdict verify(List<LineInfo> lines) {
        return Verifier.forKernel(KernelProfile.linux618())
                .verify(new ProgramInput(PROGRAM, ProgType.SOCKET_FILTER, null, List.of()).withExtInfo(lines,
                        List.of()));
    }

    @Test
    void linesPrecedeTheirInstructionsAndAreRememberedAcrossAPoppedBranch() {
        // Lines 13 and 14 were printed on the path that ended at insn 4; the log is cut back to the branch, but the
        // kernel still remembers line 14 as printed, so insn 5 (line 14 again, another column) gets no line.
        assertThat(verify(LINES).log()).isEqualTo("""
                0: R1=ctx() R10=fp0
                ; int len = skb->len; @ lines.c:10
                0: (61) r2 = *(u32 *)(r1 +0)          ; R1=ctx() R2=scalar(smin=0,smax=umax=0xffffffff,\
                var_off=(0x0; 0xffffffff))
                ; int r = 0; @ lines.c:11
                1: (b7) r0 = 0                        ; R0=0
                ; if (len > 5) @ lines.c:12
                2: (26) if w2 > 0x5 goto pc+2 5: R0=0 R1=ctx() R2=scalar(smin=umin=umin32=6,smax=umax=0xffffffff,\
                var_off=(0x0; 0xffffffff)) R10=fp0
                5: (61) r0 = *(u32 *)(r1 +76)
                invalid bpf_context access off=76 size=4
                processed 6 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0
                """);
    }

    @Test
    void aRecordOnAnotherLineIsPrintedAfterTheBranch() {
        List<LineInfo> lines = List.of(LINES.get(0), LINES.get(1), LINES.get(2), LINES.get(3), LINES.get(4),
                new LineInfo(5, "src/lines.c", "    return skb->cb[7];", 15, 5));
        assertThat(verify(lines).log()).contains("R10=fp0\n; return skb->cb[7]; @ lines.c:15\n5: (61) r0 =");
    }

    @Test
    void theVerdictDoesNotDependOnLines() {
        Verdict with = verify(LINES);
        Verdict without = verify(List.of());
        assertThat(with.verdict()).isEqualTo(without.verdict());
        assertThat(without.log()).doesNotContain("\n; ").doesNotContain(" @ ");
        assertThat(with.insn()).isEqualTo(5);
        assertThat(with.message()).isEqualTo("invalid bpf_context access off=76 size=4");
    }

    @Test
    void recordsOutOfOrderAreRefused() {
        assertThatThrownBy(() -> verify(List.of(LINES.get(1), LINES.get(0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line_info[1].insn_off 0 does not follow line_info[0].insn_off 1");
    }
}
