package io.github.bpf4j.asm.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Exit;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.JmpOp;
import io.github.bpf4j.asm.Jump;
import io.github.bpf4j.asm.Reg;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs longer than one hand-over batch between the parsing thread and the assembling one: order is kept, and
 * the error reported is the first in the input whichever thread finds it.
 */
class AssemblerStreamingTest {

    @Test
    void longInputKeepsOrderAndResolvesLabelsAcrossBatches() {
        StringBuilder text = new StringBuilder("\tgoto end\n");
        List<Insn> expected = new ArrayList<>();
        int n = 5000;
        expected.add(io.github.bpf4j.asm.Goto.of(n + 1));
        for (int i = 0; i < n; i++) {
            text.append("\tr").append(i % 10).append(" += ").append(i).append('\n');
            expected.add(Alu.imm(true, AluOp.ADD, Reg.of(i % 10), i));
        }
        text.append("\tif r1 == 7 goto end\nend:\n\texit\n");
        expected.add(Jump.imm(false, JmpOp.JEQ, Reg.R1, 7, 0));
        expected.add(Exit.INSTANCE);
        assertThat(Assembler.assembleInstructions(text.toString())).isEqualTo(expected);
    }

    @Test
    void anAssemblyErrorBeforeALaterSyntaxErrorWins() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            text.append(i == 600 ? "\tr1 = *(u64 *)(r2 + 40000)\n" : "\texit\n");
        }
        text.append("\tthis is not assembly\n");
        assertThatThrownBy(() -> Assembler.assemble(text.toString()))
                .isInstanceOfSatisfying(AsmSyntaxException.class, e -> assertThat(e.line()).isEqualTo(601));
    }

    @Test
    void aScannerErrorAfterAnAssemblyErrorInTheSameBatchLoses() {
        String text = "\texit\n\tw1 += r2\n\texit\n\tr1 = " + "(".repeat(1100) + "\n";
        assertThatThrownBy(() -> Assembler.assemble(text))
                .isInstanceOfSatisfying(AsmSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.reason()).startsWith("mixing w and r registers");
                });
    }

    @Test
    void aSyntaxErrorIsReportedWhenNothingEarlierFails() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 700; i++) {
            text.append("\texit\n");
        }
        text.append("\tr1 = = 2\n");
        assertThatThrownBy(() -> Assembler.assemble(text.toString()))
                .isInstanceOfSatisfying(AsmSyntaxException.class, e -> {
                    assertThat(e.line()).isEqualTo(701);
                    assertThat(e.column()).isEqualTo(7);
                });
    }
}
