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
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per form of kernel/bpf/disasm.c print_bpf_insn (Linux 6.18); the same forms are checked against the
 * live kernel's logs by {@link KernelStyleGoldenTest}. These cases pin the corner values the goldens may miss.
 */
class KernelStyleTest {

    private static Arguments c(String name, Insn insn, String expected) {
        return Arguments.of(Named.of(name, insn), expected);
    }

    static Stream<Arguments> forms() {
        return Stream.of(
                c("alu64 mov imm", Alu.imm(true, AluOp.MOV, Reg.R1, 42), "(b7) r1 = 42"),
                c("alu32 mov imm", Alu.imm(false, AluOp.MOV, Reg.R0, 0), "(b4) w0 = 0"),
                c("alu64 add negative", Alu.imm(true, AluOp.ADD, Reg.R2, -4), "(07) r2 += -4"),
                c("alu32 arsh reg", Alu.reg(false, AluOp.ARSH, Reg.R1, Reg.R3), "(cc) w1 s>>= w3"),
                c("alu64 sdiv imm", Alu.imm(true, AluOp.SDIV, Reg.R0, -3), "(37) r0 s/= -3"),
                c("alu32 smod reg", Alu.reg(false, AluOp.SMOD, Reg.R0, Reg.R1), "(9c) w0 s%= w1"),
                c("alu64 neg", Alu.neg(true, Reg.R7), "(87) r7 = -r7"),
                c("alu32 neg", Alu.neg(false, Reg.R7), "(84) w7 = -w7"),
                c("movsx8 64", Alu.reg(true, AluOp.MOVSX8, Reg.R3, Reg.R1), "(bf) r3 = (s8)r1"),
                c("movsx16 32", Alu.reg(false, AluOp.MOVSX16, Reg.R4, Reg.R1), "(bc) w4 = (s16)w1"),
                c("movsx32", Alu.reg(true, AluOp.MOVSX32, Reg.R5, Reg.R1), "(bf) r5 = (s32)r1"),
                c("addr_space_cast", Alu.addrSpaceCast(Reg.R1, Reg.R2, 1, 0), "(bf) r1 = addr_space_cast(r2, 1, 0)"),
                c("alu min imm", Alu.imm(true, AluOp.MOV, Reg.R0, Integer.MIN_VALUE), "(b7) r0 = -2147483648"),
                c("be16", new Endian(EndianOp.BE, Reg.R1, 16), "(dc) r1 = be16 r1"),
                c("le64", new Endian(EndianOp.LE, Reg.R2, 64), "(d4) r2 = le64 r2"),
                c("bswap32", new Endian(EndianOp.BSWAP, Reg.R0, 32), "(d7) r0 = bswap32 r0"),
                c("ldx u16", Load.of(Size.H, Reg.R5, Reg.R1, 0), "(69) r5 = *(u16 *)(r1 +0)"),
                c("ldx u64 negative", Load.of(Size.DW, Reg.R2, Reg.R10, -16), "(79) r2 = *(u64 *)(r10 -16)"),
                c("ldsx s32", new Load(Size.W, true, Reg.R3, Reg.R10, (short) -24), "(81) r3 = *(s32 *)(r10 -24)"),
                c("stx u8", StoreReg.of(Size.B, Reg.R10, -17, Reg.R1), "(73) *(u8 *)(r10 -17) = r1"),
                c("st u32", StoreImm.of(Size.W, Reg.R10, -8, 0x7fffffff), "(62) *(u32 *)(r10 -8) = 2147483647"),
                c("st u16 negative", StoreImm.of(Size.H, Reg.R10, -4, -2), "(6a) *(u16 *)(r10 -4) = -2"),
                c("lock add 32", Atomic.of(Size.W, AtomicOp.ADD, Reg.R2, 0, Reg.R3), "(c3) lock *(u32 *)(r2 +0) += r3"),
                c("lock add 64", Atomic.of(Size.DW, AtomicOp.ADD, Reg.R1, 0, Reg.R2), "(db) lock *(u64 *)(r1 +0) += r2"),
                c("lock xor 64", Atomic.of(Size.DW, AtomicOp.XOR, Reg.R1, 8, Reg.R2), "(db) lock *(u64 *)(r1 +8) ^= r2"),
                c("fetch add 32", Atomic.of(Size.W, AtomicOp.FETCH_ADD, Reg.R1, 0, Reg.R0),
                        "(c3) r0 = atomic_fetch_add((u32 *)(r1 +0), r0)"),
                c("fetch or 64", Atomic.of(Size.DW, AtomicOp.FETCH_OR, Reg.R1, -8, Reg.R4),
                        "(db) r4 = atomic64_fetch_or((u64 *)(r1 -8), r4)"),
                c("xchg 32", Atomic.of(Size.W, AtomicOp.XCHG, Reg.R2, 0, Reg.R5),
                        "(c3) r5 = atomic_xchg((u32 *)(r2 +0), r5)"),
                c("cmpxchg 64", Atomic.of(Size.DW, AtomicOp.CMPXCHG, Reg.R10, -8, Reg.R4),
                        "(db) r0 = atomic64_cmpxchg((u64 *)(r10 -8), r0, r4)"),
                c("load acquire u8", Atomic.of(Size.B, AtomicOp.LOAD_ACQ, Reg.R1, -16, Reg.R2),
                        "(d3) r1 = load_acquire((u8 *)(r2 -16))"),
                c("store release u64", Atomic.of(Size.DW, AtomicOp.STORE_REL, Reg.R1, -16, Reg.R2),
                        "(db) store_release((u64 *)(r1 -16), r2)"),
                c("ld_abs", new LoadPacket(Mode.ABS, Size.B, Reg.R0, 12), "(30) r0 = *(u8 *)skb[12]"),
                c("ld_ind", new LoadPacket(Mode.IND, Size.H, Reg.R7, 14), "(48) r0 = *(u16 *)skb[r7 + 14]"),
                c("ld_imm64", LoadImm64.of(Reg.R1, 0x2a), "(18) r1 = 0x2a"),
                c("ld_imm64 negative", LoadImm64.of(Reg.R1, -1), "(18) r1 = 0xffffffffffffffff"),
                c("ld_imm64 map fd default", LoadImm64.mapFd(Reg.R1, 5), "(18) r1 = map[fd:5]"),
                c("ld_imm64 map value default", LoadImm64.mapValue(Reg.R1, 5, -8), "(18) r1 = map[fd:5][0]+4294967288"),
                c("ld_imm64 map idx", new LoadImm64(Reg.R3, Pseudo.MAP_IDX, 2, 0), "(18) r3 = map[idx:2]"),
                c("ld_imm64 map idx value", new LoadImm64(Reg.R3, Pseudo.MAP_IDX_VALUE, 2, 16),
                        "(18) r3 = map[idx:2]+16"),
                c("ld_imm64 ksym", new LoadImm64(Reg.R0, Pseudo.BTF_ID, 1234, 0), "(18) r0 = ksym[btf_id:1234]"),
                c("ld_imm64 ksym of a module", new LoadImm64(Reg.R0, Pseudo.BTF_ID, 1234, 5),
                        "(18) ld_pseudo r0, 3, 0x5000004d2"),
                c("ld_imm64 map fd with a second immediate", new LoadImm64(Reg.R1, Pseudo.MAP_FD, 4, -1),
                        "(18) ld_pseudo r1, 1, 0xffffffff00000004"),
                c("ld_imm64 func back", new LoadImm64(Reg.R2, Pseudo.FUNC, -3, 0), "(18) r2 = subprog[-3]"),
                c("ld_imm64 func", new LoadImm64(Reg.R2, Pseudo.FUNC, 6, 0), "(18) r2 = subprog[+6]"),
                c("jeq imm", Jump.imm(false, JmpOp.JEQ, Reg.R0, 0, 13), "(15) if r0 == 0x0 goto pc+13"),
                c("jsgt negative imm", Jump.imm(false, JmpOp.JSGT, Reg.R2, -7, 0), "(65) if r2 s> 0xfffffff9 goto pc+0"),
                c("jset reg", Jump.reg(false, JmpOp.JSET, Reg.R2, Reg.R3, -2), "(4d) if r2 & r3 goto pc-2"),
                c("jmp32 jle imm", Jump.imm(true, JmpOp.JLE, Reg.R2, 6, 1), "(b6) if w2 <= 0x6 goto pc+1"),
                c("jmp32 jslt reg", Jump.reg(true, JmpOp.JSLT, Reg.R2, Reg.R3, 0), "(ce) if w2 s< w3 goto pc+0"),
                c("goto", Goto.of(3), "(05) goto pc+3"),
                c("goto back", Goto.of(-1), "(05) goto pc-1"),
                c("gotol", Goto.wide(70000), "(06) gotol pc+70000"),
                c("may_goto", MayGoto.of(1), "(e5) may_goto pc+1"),
                c("call helper", Call.helper(1), "(85) call bpf_map_lookup_elem#1"),
                c("call helper 0", Call.helper(0), "(85) call bpf_unspec#0"),
                c("call unknown helper", Call.helper(99999), "(85) call unknown#99999"),
                c("call negative helper", Call.helper(-1), "(85) call unknown#-1"),
                c("call local", Call.local(2), "(85) call pc+2"),
                c("call local back", Call.local(-5), "(85) call pc-5"),
                c("call kfunc default", Call.kfunc(65481, 0), "(85) call kernel-function#65481"),
                c("call kfunc of a module", Call.kfunc(70000, 2), "(85) call kernel-function#70000[btf:2]"),
                c("exit", Exit.INSTANCE, "(95) exit"),
                c("raw alu with stray src", new Raw(0x07, 1, 3, (short) 0, 5), "(07) r1 += 5"),
                c("raw bad register", new Raw(0xb7, 11, 0, (short) 0, 0), "(b7) r11 = 0"),
                c("raw alu op without name", new Raw(0xe7, 1, 0, (short) 0, 5), "(e7) r1 (null) 5"),
                c("raw alu32 movsx imm", new Raw(0xb4, 1, 0, (short) 8, 5), "(b4) w1 = 5"),
                c("raw movsx bad width", new Raw(0xbf, 1, 2, (short) 7, 0), "(bf) r1 = r2"),
                c("raw be8", new Raw(0xdc, 1, 0, (short) 0, 8), "(dc) r1 = be8 r1"),
                c("raw le with src", new Raw(0xd4, 1, 2, (short) 0, 16), "(d4) r1 = le16 r1"),
                c("raw neg32 with imm", new Raw(0x84, 2, 0, (short) 0, 1), "(84) w2 = -w2"),
                c("raw addr_space_cast", new Raw(0xbf, 1, 2, (short) 1, 5), "(bf) r1 = addr_space_cast(r2, 0, 5)"),
                c("raw atomic unknown", new Raw(0xdb, 10, 1, (short) -8, 0x33), "BUG_db"),
                c("raw atomic u8 add", new Raw(0xd3, 10, 1, (short) -8, 0), "(d3) lock *(u8 *)(r10 -8) += r1"),
                c("raw atomic u16 fetch", new Raw(0xcb, 10, 1, (short) -8, 0x51),
                        "(cb) r1 = atomic_fetch_and((u16 *)(r10 -8), r1)"),
                c("raw stx mode", new Raw(0x23, 1, 2, (short) 0, 0), "BUG_23"),
                c("raw st nospec", new Raw(0xc2, 0, 0, (short) 0, 0), "(c2) nospec"),
                c("raw st mode", new Raw(0x22, 0, 0, (short) 0, 0), "BUG_st_22"),
                c("raw ldx mode", new Raw(0x21, 0, 0, (short) 0, 0), "BUG_ldx_21"),
                c("raw ldsx dw", new Raw(0x99, 1, 10, (short) -8, 0), "(99) r1 = *((null) *)(r10 -8)"),
                c("raw ld mode", new Raw(0x60, 0, 0, (short) 0, 0), "BUG_ld_60"),
                c("raw ld_abs dw", new Raw(0x38, 0, 0, (short) 0, 4), "(38) r0 = *(u64 *)skb[4]"),
                c("raw ld_imm64 half", new Raw(0x18, 1, 0, (short) 0, 7), "(18) invalid: code=0x18 dst=1 src=0 off=0 imm=7"),
                c("raw call bad src", new Raw(0x85, 0, 3, (short) 0, 1), "(85) call unknown#1"),
                c("raw call helper with off", new Raw(0x85, 0, 0, (short) 1, 1), "(85) call bpf_map_lookup_elem#1"),
                c("raw kfunc with dst", new Raw(0x85, 1, 2, (short) 0, 9), "(85) call kernel-function#9"),
                c("raw jmp32 call", new Raw(0x86, 0, 1, (short) 0, 4), "(86) call pc+4"),
                c("raw goto with imm", new Raw(0x05, 0, 0, (short) -2, 1), "(05) goto pc-2"),
                c("raw gotol with off", new Raw(0x06, 0, 0, (short) 1, -3), "(06) gotol pc-3"),
                c("raw may_goto with src", new Raw(0xe5, 0, 1, (short) 2, 0), "(e5) if r0 (null) 0x0 goto pc+2"),
                c("raw exit with imm", new Raw(0x95, 0, 0, (short) 0, 1), "(95) exit"),
                c("raw jmp32 exit", new Raw(0x96, 0, 0, (short) 3, 0), "(96) if w0 exit 0x0 goto pc+3"),
                c("raw ja reg", new Raw(0x0d, 1, 2, (short) 1, 0), "(0d) if r1 jmp r2 goto pc+1"),
                c("raw jeq imm with src", new Raw(0x15, 1, 2, (short) 0, -1), "(15) if r1 == 0xffffffff goto pc+0"),
                c("raw jne reg with imm", new Raw(0x5e, 1, 2, (short) 0, 5), "(5e) if w1 != w2 goto pc+0"),
                c("raw alu64 op 0xf0", new Raw(0xff, 1, 2, (short) -3, 4), "(ff) r1 (null) r2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void printsAsTheKernel(Insn insn, String expected) {
        assertThat(KernelStyle.of().format(insn, 7)).isEqualTo(expected);
        assertThat(Disassembler.kernel().line(insn, 7)).isEqualTo("7: " + expected);
    }

    @Test
    void callbacksNameKernelFunctionsMapsAndBtfIds() {
        DisassemblerCallbacks cb = new DisassemblerCallbacks() {
            @Override
            public String kfuncName(int btfId, int btfFdIndex) {
                return btfId == 65481 && btfFdIndex == 0 ? "bpf_rcu_read_lock" : null;
            }

            @Override
            public String btfIdRef(LoadImm64 insn) {
                return "bpf_prog_active";
            }

            @Override
            public String helperName(int id) {
                return id == 1 ? "lookup" : null;
            }
        };
        KernelStyle k = KernelStyle.of(cb);
        assertThat(k.format(Call.kfunc(65481, 0))).isEqualTo("(85) call bpf_rcu_read_lock#65481");
        assertThat(k.format(Call.kfunc(65481, 1))).isEqualTo("(85) call kernel-function#65481[btf:1]");
        assertThat(k.format(Call.helper(1))).isEqualTo("(85) call lookup#1");
        assertThat(k.format(Call.helper(2))).isEqualTo("(85) call unknown#2");
        assertThat(k.format(new LoadImm64(Reg.R1, Pseudo.BTF_ID, 1234, 0))).isEqualTo("(18) r1 = bpf_prog_active");
        // Without a map callback a map reference prints the fd it holds before load.
        assertThat(k.format(LoadImm64.mapValue(Reg.R1, 5, 8))).isEqualTo("(18) r1 = map[fd:5][0]+8");
    }

    @Test
    void mapIdsPrintAsBpftool() {
        KernelStyle k = KernelStyle.of(DisassemblerCallbacks.mapIds(fd -> fd + 100));
        assertThat(k.format(LoadImm64.mapFd(Reg.R1, 5))).isEqualTo("(18) r1 = map[id:105]");
        assertThat(k.format(LoadImm64.mapValue(Reg.R2, 5, 8))).isEqualTo("(18) r2 = map[id:105][0]+8");
        assertThat(k.format(new LoadImm64(Reg.R2, Pseudo.MAP_IDX, 0, 0))).isEqualTo("(18) r2 = map[id:100]");
        assertThat(k.format(LoadImm64.of(Reg.R2, 5))).isEqualTo("(18) r2 = 0x5");
    }

    @Test
    void listingNumbersSlotsAsTheLog() {
        List<Insn> insns = List.of(LoadImm64.of(Reg.R1, 1), Alu.imm(true, AluOp.MOV, Reg.R0, 0), Exit.INSTANCE);
        assertThat(Disassembler.kernel().listing(insns))
                .containsExactly("0: (18) r1 = 0x1", "2: (b7) r0 = 0", "3: (95) exit");
    }
}
