package io.github.bpf4j.asm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.asm.text.Disassembler;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramBuilderTest {

    /** A map lookup with a null check, a loop, a call of a subprogram and of an outside function. */
    static ProgramBuilder realistic() {
        return new ProgramBuilder()
                .mov(Reg.R6, Reg.R1)
                .storeImm(Size.W, Reg.R10, -4, 0)
                .mov(Reg.R2, Reg.R10)
                .add(Reg.R2, -4)
                .loadMap(Reg.R1, "events")
                .call(Helper.MAP_LOOKUP_ELEM)
                .jeq(Reg.R0, 0, "out")
                .mov(Reg.R7, Reg.R0)
                .mov(Reg.R8, 0)
                .label("loop")
                .load(Size.DW, Reg.R1, Reg.R7, 0)
                .add(Reg.R1, Reg.R8)
                .store(Size.DW, Reg.R7, 0, Reg.R1)
                .add(Reg.R8, 1)
                .jlt(Reg.R8, 10, "loop")
                .loadMapValue(Reg.R1, ".rodata", 8)
                .load(Size.W, Reg.R1, Reg.R1, 0)
                .call("sub")
                .call("ext")
                .label("out")
                .mov(Reg.R0, 0)
                .exit()
                .label("sub")
                .mov32(Reg.R0, Reg.R1)
                .alu32(AluOp.MUL, Reg.R0, 3)
                .exit();
    }

    /** The same program as llvm-mc-19 reads it (ProgramBuilderLlvmMcTest assembles it). */
    static final String REALISTIC_TEXT = """
            	.text
            	.globl	prog
            prog:
            	r6 = r1
            	*(u32 *)(r10 - 4) = 0
            	r2 = r10
            	r2 += -4
            	r1 = events ll
            	call 1
            	if r0 == 0 goto out
            	r7 = r0
            	r8 = 0
            loop:
            	r1 = *(u64 *)(r7 + 0)
            	r1 += r8
            	*(u64 *)(r7 + 0) = r1
            	r8 += 1
            	if r8 < 10 goto loop
            	r1 = .rodata+8 ll
            	w1 = *(u32 *)(r1 + 0)
            	call sub
            	call ext
            out:
            	r0 = 0
            	exit
            sub:
            	w0 = w1
            	w0 *= 3
            	exit
            	.section .rodata
            	.quad 1
            	.quad 2
            """;

    @Test
    void resolvesLabelsCountingTwoSlotsPerLdImm64() {
        BuiltProgram p = realistic().build();
        assertThat(p.slotCount()).isEqualTo(25);
        assertThat(p.labels()).containsEntry("loop", 10).containsEntry("out", 20).containsEntry("sub", 22);
        List<String> text = Disassembler.kernel().listing(p.insns());
        assertThat(text).contains(
                "7: (15) if r0 == 0x0 goto pc+12",
                "14: (a5) if r8 < 0xa goto pc-5",
                "18: (85) call pc+3",
                "19: (85) call pc-1",
                "4: (18) r1 = map[fd:0]",
                "15: (18) r1 = map[fd:0][0]+8");
        assertThat(p.references()).containsExactly(
                new SymbolRef(4, SymbolRef.Kind.MAP, "events", 0),
                new SymbolRef(15, SymbolRef.Kind.MAP_VALUE, ".rodata", 8),
                new SymbolRef(19, SymbolRef.Kind.CALL, "ext", 0));
        assertThat(p.insns().get(4)).isEqualTo(new LoadImm64(Reg.R1, Pseudo.MAP_FD, 0, 0));
        assertThat(p.insns().get(14)).isEqualTo(new LoadImm64(Reg.R1, Pseudo.MAP_VALUE, 0, 8));
    }

    @Test
    void buildIsRepeatableAndResultImmutable() {
        ProgramBuilder b = realistic();
        BuiltProgram first = b.build();
        assertThat(b.build()).isEqualTo(first);
        assertThatThrownBy(() -> first.insns().add(Exit.INSTANCE)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(first.encode()).hasSize(25 * 8);
    }

    @Test
    void everyJumpFamilyResolves() {
        BuiltProgram p = new ProgramBuilder()
                .label("top")
                .ja("end")
                .gotol("end")
                .mayGoto("end")
                .jump32(JmpOp.JSGE, Reg.R1, Reg.R2, "top")
                .jump(JmpOp.JSLE, Reg.R1, -1, "end")
                .jset(Reg.R1, 4, "end")
                .loadFunc(Reg.R2, "cb")
                .label("end")
                .exit()
                .label("cb")
                .mov(Reg.R0, 0)
                .exit()
                .build();
        assertThat(Disassembler.kernel().listing(p.insns())).containsExactly(
                "0: (05) goto pc+7",
                "1: (06) gotol pc+6",
                "2: (e5) may_goto pc+5",
                "3: (7e) if w1 s>= w2 goto pc-4",
                "4: (d5) if r1 s<= 0xffffffff goto pc+3",
                "5: (45) if r1 & 0x4 goto pc+2",
                "6: (18) r2 = subprog[+2]",
                "8: (95) exit",
                "9: (b7) r0 = 0",
                "10: (95) exit");
        assertThat(p.references()).isEmpty();
    }

    @Test
    void undefinedLabelNamesLabelAndSlot() {
        ProgramBuilder b = new ProgramBuilder().ldImm64(Reg.R1, 1).jeq(Reg.R1, 0, "nowhere").exit();
        assertThatThrownBy(b::build)
                .isInstanceOfSatisfying(LabelException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LabelException.Reason.UNDEFINED);
                    assertThat(e.label()).isEqualTo("nowhere");
                    assertThat(e.slot()).isEqualTo(2);
                })
                .hasMessageContaining("'nowhere'").hasMessageContaining("slot 2");
    }

    @Test
    void duplicateLabelIsRejected() {
        ProgramBuilder b = new ProgramBuilder().label("a").exit().label("a").exit();
        assertThatThrownBy(b::build)
                .isInstanceOfSatisfying(LabelException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LabelException.Reason.DUPLICATE);
                    assertThat(e.slot()).isEqualTo(1);
                })
                .hasMessage("label 'a' defined twice: at slot 0 and at slot 1");
    }

    @Test
    void jumpBeyond16BitsIsRejectedButGotolReaches() {
        ProgramBuilder far = new ProgramBuilder().ja("far");
        ProgramBuilder wide = new ProgramBuilder().gotol("far");
        for (int i = 0; i < 40000; i++) {
            far.mov(Reg.R0, 0);
            wide.mov(Reg.R0, 0);
        }
        far.label("far").exit();
        wide.label("far").exit();
        assertThatThrownBy(far::build)
                .isInstanceOfSatisfying(LabelException.class, e -> {
                    assertThat(e.reason()).isEqualTo(LabelException.Reason.OUT_OF_RANGE);
                    assertThat(e.label()).isEqualTo("far");
                    assertThat(e.slot()).isZero();
                })
                .hasMessageContaining("use gotol");
        assertThat(wide.build().insns().get(0)).isEqualTo(Goto.wide(40000));
    }

    @Test
    void conditionalJumpBackwardsBeyond16BitsIsRejected() {
        ProgramBuilder b = new ProgramBuilder().label("top");
        for (int i = 0; i < 33000; i++) {
            b.mov(Reg.R0, 0);
        }
        b.jne(Reg.R0, 0, "top").exit();
        assertThatThrownBy(b::build).isInstanceOf(LabelException.class).hasMessageContaining("slot 33000");
    }

    @Test
    void badArgumentsAreRejectedAtOnce() {
        ProgramBuilder b = new ProgramBuilder();
        assertThatThrownBy(() -> b.label("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.movsx(Reg.R1, Reg.R2, 4)).hasMessageContaining("not 4");
        assertThatThrownBy(() -> b.loadMapValue(Reg.R1, ".data", -1)).hasMessageContaining("negative");
        assertThatThrownBy(() -> b.load(Size.W, Reg.R1, Reg.R2, 40000)).hasMessageContaining("16 bits");
        assertThatThrownBy(() -> b.be(Reg.R1, 8)).hasMessageContaining("not 8");
    }

    @Test
    void everyArithmeticFamily() {
        BuiltProgram p = new ProgramBuilder()
                .sub(Reg.R1, 1).mul(Reg.R1, Reg.R2).div(Reg.R1, 3).mod(Reg.R1, Reg.R2).and(Reg.R1, 0xff)
                .or(Reg.R1, Reg.R2).xor(Reg.R1, 1).lsh(Reg.R1, 2).rsh(Reg.R1, 2).arsh(Reg.R1, 1).neg(Reg.R1)
                .neg32(Reg.R1).movsx(Reg.R1, Reg.R2, 32).movsx32(Reg.R1, Reg.R2, 8).add32(Reg.R1, 1).mov32(Reg.R1, 7)
                .alu(AluOp.SDIV, Reg.R1, Reg.R2).be(Reg.R1, 16).le(Reg.R1, 64).bswap(Reg.R1, 32)
                .loadSx(Size.H, Reg.R1, Reg.R10, -2).atomic(Size.W, AtomicOp.FETCH_ADD, Reg.R10, -8, Reg.R1)
                .loadPacket(Size.B, 12).loadPacket(Size.W, Reg.R7, 2).callKfunc(65481).exit()
                .build();
        assertThat(Disassembler.kernel().listing(p.insns())).containsExactly(
                "0: (17) r1 -= 1", "1: (2f) r1 *= r2", "2: (37) r1 /= 3", "3: (9f) r1 %= r2", "4: (57) r1 &= 255",
                "5: (4f) r1 |= r2", "6: (a7) r1 ^= 1", "7: (67) r1 <<= 2", "8: (77) r1 >>= 2", "9: (c7) r1 s>>= 1",
                "10: (87) r1 = -r1", "11: (84) w1 = -w1", "12: (bf) r1 = (s32)r2", "13: (bc) w1 = (s8)w2",
                "14: (04) w1 += 1", "15: (b4) w1 = 7", "16: (3f) r1 s/= r2", "17: (dc) r1 = be16 r1",
                "18: (d4) r1 = le64 r1", "19: (d7) r1 = bswap32 r1", "20: (89) r1 = *(s16 *)(r10 -2)",
                "21: (c3) r1 = atomic_fetch_add((u32 *)(r10 -8), r1)", "22: (30) r0 = *(u8 *)skb[12]",
                "23: (40) r0 = *(u32 *)skb[r7 + 2]", "24: (85) call kernel-function#65481", "25: (95) exit");
    }
}
