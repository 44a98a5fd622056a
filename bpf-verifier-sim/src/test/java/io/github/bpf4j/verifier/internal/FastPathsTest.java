package io.github.bpf4j.verifier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.Raw;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shortcuts taken for speed (opcode tables, results shared or computed once) give exactly what the rules they
 * stand for give, for every opcode or operation they cover.
 */
class FastPathsTest {

    @Test
    void useDefTableAgreesWithTheRulesForEveryOpcodeAndRegister() {
        List<String> wrong = new ArrayList<>();
        for (int code = 0; code < 256; code++) {
            for (int dst = 0; dst < 16; dst++) {
                for (int src = 0; src < 16; src++) {
                    for (int[] immNp : new int[][] {{0, -1}, {0xf1, 2}, {0x100, 5}, {0x110, 0}, {1, 1}}) {
                        int d = 1 << dst;
                        int s = 1 << src;
                        long got = Cfg.useDefOf(code, d, s, src, immNp[0], immNp[1]);
                        long want = Cfg.useDef(code, d, s, src, immNp[0], immNp[1]);
                        if (got != want) {
                            wrong.add(String.format("opcode %02x dst r%d src r%d imm %d params %d: %x, not %x", code,
                                    dst, src, immNp[0], immNp[1], got, want));
                        }
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void opcodeTableOfResolvePseudoLdimm64AgreesWithTheRules() {
        for (int code = 0; code < 256; code++) {
            if (code == 0x18) {
                continue; // two slots: the ld_imm64 rules run in full, as before
            }
            for (int imm : new int[] {0, 1, -1, Integer.MAX_VALUE}) {
                List<Insn> one = List.of(new Raw(code, 0, 0, (short) 0, imm));
                String got = new Cfg(new Slots(one)).resolvePseudoLdimm64(List.of());
                assertThat(got).as("opcode %02x imm %d", code, imm).isEqualTo(expectedResolve(code, imm));
            }
        }
    }

    /** The per-instruction rules of resolve_pseudo_ldimm64 for an instruction other than ld_imm64. */
    private static String expectedResolve(int code, int imm) {
        int mode = code & 0xe0;
        if ((code & 7) == 1 && ((mode != 0x60 && mode != 0x80) || imm != 0)) {
            return "BPF_LDX uses reserved fields";
        }
        return Cfg.opcodeInInsnTable(code) ? null : String.format("unknown opcode %02x", code);
    }

    /** An unknown scalar equal to the shared one but not it: the operations compute it in full. */
    private static ScalarBounds freshUnknown() {
        ScalarBounds u = ScalarBounds.UNKNOWN;
        return new ScalarBounds(new Tnum(0, -1), u.umin(), u.umax(), u.smin(), u.smax(), u.u32min(), u.u32max(),
                u.s32min(), u.s32max());
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(AluOp.class)
    void anOperationOnTwoUnknownScalarsIsWhatItComputes(AluOp op) {
        for (boolean alu64 : new boolean[] {true, false}) {
            if (op.alu64Only() && !alu64) {
                continue;
            }
            ScalarBounds expected = ScalarOps.adjustScalarMinMaxVals(op, alu64, freshUnknown(), freshUnknown());
            // twice: the first call fills the shared result, the second reads it
            assertThat(ScalarOps.adjustScalarMinMaxVals(op, alu64, ScalarBounds.UNKNOWN, ScalarBounds.UNKNOWN))
                    .as("%s alu64=%s", op, alu64).isEqualTo(expected);
            assertThat(ScalarOps.adjustScalarMinMaxVals(op, alu64, ScalarBounds.UNKNOWN, ScalarBounds.UNKNOWN))
                    .as("%s alu64=%s again", op, alu64).isEqualTo(expected);
        }
    }

    @Test
    void narrowingAndZeroExtendingAnUnknownScalarIsWhatTheyCompute() {
        for (int size : new int[] {1, 2, 4, 8}) {
            ScalarBounds expected = ScalarOps.coerceRegToSize(freshUnknown(), size);
            assertThat(ScalarOps.coerceRegToSize(ScalarBounds.UNKNOWN, size)).as("size %d", size).isEqualTo(expected);
            assertThat(ScalarOps.coerceRegToSize(ScalarBounds.UNKNOWN, size)).as("size %d again", size)
                    .isEqualTo(expected);
        }
        assertThat(ScalarOps.zext32(ScalarBounds.UNKNOWN)).isEqualTo(ScalarOps.zext32(freshUnknown()));
    }

    @Test
    void anUnknownResultIsTheSharedUnknownScalar() {
        Bounds b = Bounds.of(freshUnknown());
        assertThat(b.freeze()).isSameAs(ScalarBounds.UNKNOWN);
        assertThat(RegState.Scalar.of(b.freeze(), 0, 0, false)).isSameAs(RegState.Scalar.unknown());
        assertThat(RegState.Scalar.of(b.freeze(), 3, 0, false)).isEqualTo(new RegState.Scalar(ScalarBounds.UNKNOWN,
                3, 0, false));
    }

    @Test
    void historyKeepsIndexesAndStackMarks() {
        VState.History h = new VState.History();
        for (int i = 0; i < 100; i++) {
            h.add(i * 3);
            if (i % 7 == 0) {
                h.setLastStack(i % 8, 63 - i % 64);
            }
        }
        VState.History c = h.copy();
        h.add(1000);
        assertThat(c.size()).isEqualTo(100);
        assertThat(h.size()).isEqualTo(101);
        for (int i = 0; i < 100; i++) {
            VState.Hist e = c.get(i);
            assertThat(e.idx()).isEqualTo(i * 3);
            assertThat(c.idx(i)).isEqualTo(i * 3);
            assertThat(e.stackFrame()).isEqualTo(i % 7 == 0 ? i % 8 : -1);
            assertThat(e.stackSpi()).isEqualTo(i % 7 == 0 ? 63 - i % 64 : 0);
        }
    }
}
