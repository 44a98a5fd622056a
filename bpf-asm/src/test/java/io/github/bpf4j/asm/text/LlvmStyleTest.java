package io.github.bpf4j.asm.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Atomic;
import io.github.bpf4j.asm.AtomicOp;
import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.Endian;
import io.github.bpf4j.asm.EndianOp;
import io.github.bpf4j.asm.Exit;
import io.github.bpf4j.asm.Goto;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.JmpOp;
import io.github.bpf4j.asm.Jump;
import io.github.bpf4j.asm.Load;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.LoadPacket;
import io.github.bpf4j.asm.MayGoto;
import io.github.bpf4j.asm.Mode;
import io.github.bpf4j.asm.Pseudo;
import io.github.bpf4j.asm.Raw;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.asm.Size;
import io.github.bpf4j.asm.StoreImm;
import io.github.bpf4j.asm.StoreReg;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per form as llvm-objdump-19 prints it (observed on this machine; {@link LlvmObjdumpTest} checks the
 * same against the tool): the first text with {@code --mcpu=v3}, the second with plain {@code -d}.
 */
class LlvmStyleTest {

    private static Arguments c(String name, Insn insn, String alu32, String plain) {
        return Arguments.of(Named.of(name, insn), alu32, plain);
    }

    private static Arguments c(String name, Insn insn, String both) {
        return c(name, insn, both, both);
    }

    static Stream<Arguments> forms() {
        return Stream.of(
                c("mov imm", Alu.imm(true, AluOp.MOV, Reg.R0, 0), "r0 = 0x0"),
                c("mov32 negative", Alu.imm(false, AluOp.MOV, Reg.R1, -5), "w1 = -0x5"),
                c("add min", Alu.imm(true, AluOp.ADD, Reg.R1, Integer.MIN_VALUE), "r1 += -0x80000000"),
                c("add32 reg", Alu.reg(false, AluOp.ADD, Reg.R1, Reg.R2), "w1 += w2"),
                c("sdiv reg", Alu.reg(true, AluOp.SDIV, Reg.R1, Reg.R2), "r1 s/= r2"),
                c("smod32 imm", Alu.imm(false, AluOp.SMOD, Reg.R1, 7), "w1 s%= 0x7"),
                c("arsh", Alu.imm(true, AluOp.ARSH, Reg.R1, 3), "r1 s>>= 0x3"),
                c("neg", Alu.neg(true, Reg.R1), "r1 = -r1"),
                c("neg32", Alu.neg(false, Reg.R1), "w1 = -w1"),
                c("movsx8", Alu.reg(true, AluOp.MOVSX8, Reg.R1, Reg.R2), "r1 = (s8)r2"),
                c("movsx16 32", Alu.reg(false, AluOp.MOVSX16, Reg.R1, Reg.R2), "w1 = (s16)w2"),
                c("addr_space_cast", Alu.addrSpaceCast(Reg.R1, Reg.R2, 1, 0), "r1 = addr_space_cast(r2, 0x1, 0x0)"),
                c("be16", new Endian(EndianOp.BE, Reg.R1, 16), "r1 = be16 r1"),
                c("le32", new Endian(EndianOp.LE, Reg.R1, 32), "r1 = le32 r1"),
                c("bswap64", new Endian(EndianOp.BSWAP, Reg.R1, 64), "r1 = bswap64 r1"),
                c("ldx u32", Load.of(Size.W, Reg.R2, Reg.R1, 8), "w2 = *(u32 *)(r1 + 0x8)", "r2 = *(u32 *)(r1 + 0x8)"),
                c("ldx u16 negative", Load.of(Size.H, Reg.R2, Reg.R1, -4), "w2 = *(u16 *)(r1 - 0x4)",
                        "r2 = *(u16 *)(r1 - 0x4)"),
                c("ldx u64", Load.of(Size.DW, Reg.R2, Reg.R1, 16), "r2 = *(u64 *)(r1 + 0x10)"),
                c("ldsx s8", new Load(Size.B, true, Reg.R2, Reg.R1, (short) 0), "r2 = *(s8 *)(r1 + 0x0)"),
                c("stx u8", StoreReg.of(Size.B, Reg.R10, -8, Reg.R1), "*(u8 *)(r10 - 0x8) = w1",
                        "*(u8 *)(r10 - 0x8) = r1"),
                c("stx u64", StoreReg.of(Size.DW, Reg.R10, -8, Reg.R1), "*(u64 *)(r10 - 0x8) = r1"),
                c("st u16 negative", StoreImm.of(Size.H, Reg.R10, -8, -1), "*(u16 *)(r10 - 0x8) = -0x1"),
                c("st min offset", StoreImm.of(Size.W, Reg.R1, Short.MIN_VALUE, 1), "*(u32 *)(r1 - 0x8000) = 0x1"),
                c("lock add 32", Atomic.of(Size.W, AtomicOp.ADD, Reg.R1, 0, Reg.R2), "lock *(u32 *)(r1 + 0x0) += w2",
                        "lock *(u32 *)(r1 + 0x0) += r2"),
                c("fetch add 32", Atomic.of(Size.W, AtomicOp.FETCH_ADD, Reg.R1, 0, Reg.R2),
                        "w2 = atomic_fetch_add((u32 *)(r1 + 0x0), w2)", "lock *(u32 *)(r1 + 0x0) += r2"),
                c("lock or 32", Atomic.of(Size.W, AtomicOp.OR, Reg.R1, 0, Reg.R2), "lock *(u32 *)(r1 + 0x0) |= w2",
                        "<unknown>"),
                c("xchg 32", Atomic.of(Size.W, AtomicOp.XCHG, Reg.R1, 0, Reg.R2), "w2 = xchg32_32(r1 + 0x0, w2)",
                        "<unknown>"),
                c("cmpxchg 32", Atomic.of(Size.W, AtomicOp.CMPXCHG, Reg.R1, 4, Reg.R2),
                        "w0 = cmpxchg32_32(r1 + 0x4, w0, w2)", "<unknown>"),
                c("lock and 64", Atomic.of(Size.DW, AtomicOp.AND, Reg.R1, 0, Reg.R2), "lock *(u64 *)(r1 + 0x0) &= r2"),
                c("fetch xor 64", Atomic.of(Size.DW, AtomicOp.FETCH_XOR, Reg.R1, 0, Reg.R2),
                        "r2 = atomic_fetch_xor((u64 *)(r1 + 0x0), r2)"),
                c("xchg 64", Atomic.of(Size.DW, AtomicOp.XCHG, Reg.R1, -8, Reg.R2), "r2 = xchg_64(r1 - 0x8, r2)"),
                c("cmpxchg 64", Atomic.of(Size.DW, AtomicOp.CMPXCHG, Reg.R1, 0, Reg.R2),
                        "r0 = cmpxchg_64(r1 + 0x0, r0, r2)"),
                c("load acquire u8", Atomic.of(Size.B, AtomicOp.LOAD_ACQ, Reg.R0, 0, Reg.R1),
                        "w0 = load_acquire((u8 *)(r1 + 0x0))", "r0 = load_acquire((u8 *)(r1 + 0x0))"),
                c("store release u64", Atomic.of(Size.DW, AtomicOp.STORE_REL, Reg.R1, 0, Reg.R2),
                        "store_release((u64 *)(r1 + 0x0), r2)"),
                c("ld_imm64", LoadImm64.of(Reg.R1, 0x123456789L), "r1 = 0x123456789 ll"),
                c("ld_imm64 min", LoadImm64.of(Reg.R1, Long.MIN_VALUE), "r1 = -0x8000000000000000 ll"),
                c("ld_imm64 -1", LoadImm64.of(Reg.R1, -1), "r1 = -0x1 ll"),
                c("ld_pseudo map", new LoadImm64(Reg.R1, Pseudo.MAP_FD, -3, 7), "ld_pseudo\tr1, 0x1, 0xfffffffd"),
                c("ld_abs", new LoadPacket(Mode.ABS, Size.W, Reg.R0, -1), "r0 = *(u32 *)skb[-0x1]"),
                c("ld_ind", new LoadPacket(Mode.IND, Size.B, Reg.R3, 7), "r0 = *(u8 *)skb[r3]"),
                c("jeq imm", Jump.imm(false, JmpOp.JEQ, Reg.R1, 5, 1), "if r1 == 0x5 goto +0x1"),
                c("jne reg back", Jump.reg(false, JmpOp.JNE, Reg.R1, Reg.R2, -1), "if r1 != r2 goto -0x1"),
                c("jmp32 jle negative", Jump.imm(true, JmpOp.JLE, Reg.R1, -1, 1), "if w1 <= -0x1 goto +0x1"),
                c("jmp32 jset reg", Jump.reg(true, JmpOp.JSET, Reg.R1, Reg.R2, 1), "if w1 & w2 goto +0x1"),
                c("goto zero", Goto.of(0), "goto +0x0"),
                c("goto min", Goto.of(Short.MIN_VALUE), "goto -0x8000"),
                c("gotol min", Goto.wide(Integer.MIN_VALUE), "gotol -0x80000000"),
                c("may_goto", MayGoto.of(-2), "may_goto -0x2"),
                c("call helper", Call.helper(1), "call 0x1"),
                c("call local", Call.local(-1), "call -0x1"),
                c("call kfunc", Call.kfunc(1234, 3), "call 0x4d2"),
                c("exit", Exit.INSTANCE, "exit"),
                c("raw", new Raw(0xff, 1, 2, (short) 3, 4), "<unknown>"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void printsAsLlvmObjdump(Insn insn, String alu32, String plain) {
        assertThat(LlvmStyle.of().format(insn, 5)).isEqualTo(alu32);
        assertThat(LlvmStyle.of().withoutAlu32().format(insn, 5)).isEqualTo(plain);
    }

    @Test
    void jumpLabelsNameTheNearestSymbolAtOrBeforeTheTarget() {
        Map<String, Long> symbols = new LinkedHashMap<>();
        symbols.put("f", 0L);
        symbols.put("g", 0x40L);
        LlvmStyle s = LlvmStyle.of(LlvmStyle.nearestSymbol(symbols));
        assertThat(s.format(Goto.of(0), 5)).isEqualTo("goto +0x0 <f+0x30>");
        assertThat(s.format(Goto.of(2), 5)).isEqualTo("goto +0x2 <g>");
        assertThat(s.format(Goto.of(3), 5)).isEqualTo("goto +0x3 <g+0x8>");
        // Before the start the address wraps around and the highest symbol takes it, as llvm-objdump does.
        assertThat(s.format(Goto.of(-100), 6)).isEqualTo("goto -0x64 <g+0xfffffffffffffcd8>");
        assertThat(s.format(Jump.imm(false, JmpOp.JEQ, Reg.R1, 0, -6), 5)).isEqualTo("if r1 == 0x0 goto -0x6 <f>");
        assertThat(s.format(Call.local(3), 5)).as("calls carry no label").isEqualTo("call 0x3");
        assertThat(LlvmStyle.of(LlvmStyle.nearestSymbol(Map.of())).format(Goto.of(1), 0)).isEqualTo("goto +0x1");
        // The section's name labels what no symbol precedes, and gives way to a symbol at its start.
        Map<String, Long> later = Map.of("later", 0x18L);
        assertThat(LlvmStyle.of(LlvmStyle.nearestSymbol(".text", later)).format(Goto.of(1), 0))
                .isEqualTo("goto +0x1 <.text+0x10>");
        assertThat(LlvmStyle.of(LlvmStyle.nearestSymbol(".text", later)).format(Goto.of(-3), 3))
                .isEqualTo("goto -0x3 <.text+0x8>");
        assertThat(LlvmStyle.of(LlvmStyle.nearestSymbol("socket", Map.of("prog", 0L))).format(Goto.of(-1), 0))
                .isEqualTo("goto -0x1 <prog>");
        assertThat(LlvmStyle.of(LlvmStyle.nearestSymbol("socket", symbols)).format(Goto.of(-1), 0))
                .isEqualTo("goto -0x1 <f>");
    }

    @Test
    void listingNumbersSlotsAsObjdump() {
        List<Insn> insns = List.of(LoadImm64.of(Reg.R1, 1), Exit.INSTANCE);
        assertThat(Disassembler.llvm().listing(insns)).containsExactly("       0:\tr1 = 0x1 ll", "       2:\texit");
        assertThat(LlvmStyle.of().alu32()).isTrue();
        assertThat(LlvmStyle.of().withoutAlu32().alu32()).isFalse();
    }
}
