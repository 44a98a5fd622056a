package io.github.bpf4j.asm.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Atomic;
import io.github.bpf4j.asm.AtomicOp;
import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.CallKind;
import io.github.bpf4j.asm.Goto;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.asm.JmpOp;
import io.github.bpf4j.asm.Jump;
import io.github.bpf4j.asm.Load;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.LoadPacket;
import io.github.bpf4j.asm.MayGoto;
import io.github.bpf4j.asm.Mode;
import io.github.bpf4j.asm.Pseudo;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.asm.Size;
import io.github.bpf4j.asm.StoreImm;
import io.github.bpf4j.asm.StoreReg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Instructions copied from kernel verifier logs (spellings of kernel/bpf/disasm.c print_bpf_insn, Linux 6.18). */
class VerifierLogAssemblerTest {

    static Stream<Arguments> lines() {
        return Stream.of(
                Arguments.of("load half", "12: (69) r5 = *(u16 *)(r1 +0)", Load.of(Size.H, Reg.R5, Reg.R1, 0)),
                Arguments.of("helper call", "(85) call bpf_map_lookup_elem#1", Call.helper(1)),
                Arguments.of("goto", "(05) goto pc+3", Goto.of(3)),
                Arguments.of("goto back", "(05) goto pc-7", Goto.of(-7)),
                Arguments.of("ld_imm64 without ll", "(18) r1 = 0x2a", LoadImm64.of(Reg.R1, 42)),
                Arguments.of("bpftool map reference", "(18) r1 = map[id:5]",
                        new LoadImm64(Reg.R1, Pseudo.MAP_FD, 5, 0)),
                Arguments.of("bpftool map value", "(18) r2 = map[id:7][0]+16",
                        new LoadImm64(Reg.R2, Pseudo.MAP_VALUE, 7, 16)),
                Arguments.of("mov32 imm", "(b4) w0 = 0", Alu.imm(false, AluOp.MOV, Reg.R0, 0)),
                Arguments.of("mov64 reg", "(bf) r1 = r10", Alu.reg(true, AluOp.MOV, Reg.R1, Reg.R10)),
                Arguments.of("add negative", "(07) r1 += -8", Alu.imm(true, AluOp.ADD, Reg.R1, -8)),
                Arguments.of("lock add", "(db) lock *(u64 *)(r1 +0) += r2",
                        Atomic.of(Size.DW, AtomicOp.ADD, Reg.R1, 0, Reg.R2)),
                Arguments.of("fetch add 32", "(c3) r0 = atomic_fetch_add((u32 *)(r1 +0), r0)",
                        Atomic.of(Size.W, AtomicOp.FETCH_ADD, Reg.R1, 0, Reg.R0)),
                Arguments.of("fetch or 64", "(db) r3 = atomic64_fetch_or((u64 *)(r1 -8), r3)",
                        Atomic.of(Size.DW, AtomicOp.FETCH_OR, Reg.R1, -8, Reg.R3)),
                Arguments.of("xchg", "(db) r2 = atomic64_xchg((u64 *)(r1 +0), r2)",
                        Atomic.of(Size.DW, AtomicOp.XCHG, Reg.R1, 0, Reg.R2)),
                Arguments.of("cmpxchg", "(c3) r0 = atomic_cmpxchg((u32 *)(r1 +4), r0, r2)",
                        Atomic.of(Size.W, AtomicOp.CMPXCHG, Reg.R1, 4, Reg.R2)),
                Arguments.of("load acquire", "(db) r1 = load_acquire((u64 *)(r2 +0))",
                        Atomic.of(Size.DW, AtomicOp.LOAD_ACQ, Reg.R1, 0, Reg.R2)),
                Arguments.of("store release", "(c3) store_release((u32 *)(r1 +8), r2)",
                        Atomic.of(Size.W, AtomicOp.STORE_REL, Reg.R1, 8, Reg.R2)),
                Arguments.of("local call", "(85) call pc+2", Call.local(2)),
                Arguments.of("kfunc call", "(85) call bpf_obj_new_impl#71234",
                        new Call(CallKind.KFUNC, 71234, (short) 0)),
                Arguments.of("unknown helper", "(85) call unknown#300", Call.helper(300)),
                Arguments.of("negative helper", "(85) call unknown#-5", Call.helper(-5)),
                Arguments.of("jump with target state", "7: (15) if r0 == 0x0 goto pc+1 9: R0=0 R10=fp0",
                        Jump.imm(false, JmpOp.JEQ, Reg.R0, 0, 1)),
                Arguments.of("state suffix ignored", "3: (bf) r2 = r10                       ; R2_w=fp0 R10=fp0",
                        Alu.reg(true, AluOp.MOV, Reg.R2, Reg.R10)),
                Arguments.of("jump imm hex", "(15) if r0 == 0x0 goto pc+1",
                        Jump.imm(false, JmpOp.JEQ, Reg.R0, 0, 1)),
                Arguments.of("jump32 unsigned imm", "(a6) if w1 < 0xffffffff goto pc-2",
                        Jump.imm(true, JmpOp.JLT, Reg.R1, -1, -2)),
                Arguments.of("jump reg", "(7d) if r1 s>= r2 goto pc+4", Jump.reg(false, JmpOp.JSGE, Reg.R1, Reg.R2, 4)),
                Arguments.of("store imm", "(62) *(u32 *)(r10 -4) = 0", StoreImm.of(Size.W, Reg.R10, -4, 0)),
                Arguments.of("store reg", "(7b) *(u64 *)(r10 -8) = r1", StoreReg.of(Size.DW, Reg.R10, -8, Reg.R1)),
                Arguments.of("sign-extending load", "(91) r1 = *(s8 *)(r2 +3)",
                        new Load(Size.B, true, Reg.R1, Reg.R2, (short) 3)),
                Arguments.of("movsx", "(bf) r1 = (s16)r2", Alu.reg(true, AluOp.MOVSX16, Reg.R1, Reg.R2)),
                Arguments.of("sdiv", "(3f) r1 s/= r2", Alu.reg(true, AluOp.SDIV, Reg.R1, Reg.R2)),
                Arguments.of("neg32", "(84) w0 = -w0", Alu.neg(false, Reg.R0)),
                Arguments.of("be16", "(dc) r1 = be16 r1", new io.github.bpf4j.asm.Endian(
                        io.github.bpf4j.asm.EndianOp.BE, Reg.R1, 16)),
                Arguments.of("bswap64", "(d7) r1 = bswap64 r1", new io.github.bpf4j.asm.Endian(
                        io.github.bpf4j.asm.EndianOp.BSWAP, Reg.R1, 64)),
                Arguments.of("packet abs", "(30) r0 = *(u8 *)skb[12]",
                        new LoadPacket(Mode.ABS, Size.B, Reg.R0, 12)),
                Arguments.of("packet ind", "(48) r0 = *(u16 *)skb[r1 + 4]",
                        new LoadPacket(Mode.IND, Size.H, Reg.R1, 4)),
                Arguments.of("gotol", "(06) gotol pc+70000", Goto.wide(70000)),
                Arguments.of("may_goto", "(e5) may_goto pc+2", MayGoto.of(2)),
                Arguments.of("addr_space_cast", "(bf) r1 = addr_space_cast(r2, 0, 1)",
                        Alu.addrSpaceCast(Reg.R1, Reg.R2, 0, 1)),
                Arguments.of("exit", "(95) exit", io.github.bpf4j.asm.Exit.INSTANCE),
                // the references KernelStyle prints by default (see its table)
                Arguments.of("map by fd", "(18) r1 = map[fd:4]", LoadImm64.mapFd(Reg.R1, 4)),
                Arguments.of("map value by fd", "(18) r3 = map[fd:4][0]+4294967295",
                        LoadImm64.mapValue(Reg.R3, 4, -1)),
                Arguments.of("map by fd-array index", "(18) r1 = map[idx:0]",
                        new LoadImm64(Reg.R1, Pseudo.MAP_IDX, 0, 0)),
                Arguments.of("bpftool map value by index", "(18) r2 = map[idx:1]+8",
                        new LoadImm64(Reg.R2, Pseudo.MAP_IDX_VALUE, 1, 8)),
                Arguments.of("bpftool subprog", "(18) r2 = subprog[+6]", new LoadImm64(Reg.R2, Pseudo.FUNC, 6, 0)),
                Arguments.of("bpftool subprog back", "(18) r2 = subprog[-2]",
                        new LoadImm64(Reg.R2, Pseudo.FUNC, -2, 0)),
                Arguments.of("ksym", "(18) r0 = ksym[btf_id:1234]", new LoadImm64(Reg.R0, Pseudo.BTF_ID, 1234, 0)),
                Arguments.of("ld_pseudo with both immediates", "(18) ld_pseudo r0, 3, 0x5000004d2",
                        new LoadImm64(Reg.R0, Pseudo.BTF_ID, 1234, 5)),
                Arguments.of("kfunc without a name", "(85) call kernel-function#65481", Call.kfunc(65481, 0)),
                Arguments.of("kfunc of a module BTF", "(85) call kernel-function#70000[btf:3]", Call.kfunc(70000, 3)),
                Arguments.of("named kfunc of a module BTF", "(85) call bpf_foo#70000[btf:65535]",
                        new Call(CallKind.KFUNC, 70000, (short) -1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lines")
    void assemblesKernelSpelling(String name, String line, Insn expected) {
        SortedMap<Integer, Insn> got = Assembler.assembleVerifierLogByIndex(line);
        assertThat(got.values()).containsExactly(expected);
    }

    @Test
    void wholeLogSkipsNoiseAndRepeats() {
        String log = """
                func#0 @0
                0: R1=ctx() R10=fp0
                ; int k = 1; @ prog.c:12
                0: (b7) r1 = 1                        ; R1_w=1
                1: (15) if r1 == 0x0 goto pc+1
                from 1 to 3: R1=0 R10=fp0
                3: (95) exit
                2: (b7) r0 = 2
                from 1 to 2: R1=1
                2: (b7) r0 = 2                        ; R0_w=2
                3: (95) exit
                processed 6 insns (limit 1000000) max_states_per_insn 0 total_states 0 peak_states 0 mark_read 0
                """;
        assertThat(Dialect.detect(log)).isEqualTo(Dialect.VERIFIER_LOG);
        List<Insn> insns = Assembler.assembleInstructions(log);
        assertThat(insns).containsExactly(Alu.imm(true, AluOp.MOV, Reg.R1, 1), Jump.imm(false, JmpOp.JEQ, Reg.R1, 0, 1),
                Alu.imm(true, AluOp.MOV, Reg.R0, 2), io.github.bpf4j.asm.Exit.INSTANCE);
    }

    @Test
    void callByNameUsesTheHelperTable() {
        assertThat(Assembler.assembleVerifierLogByIndex("(85) call bpf_ktime_get_ns").values())
                .containsExactly(Call.helper(5));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                Arguments.of("opcode disagrees", "12: (61) r5 = *(u16 *)(r1 +0)",
                        "opcode (61) disagrees with the instruction, which encodes as (69)", 1, 6),
                Arguments.of("missing instruction", "0: (b7) r0 = 0\n2: (95) exit",
                        "instruction 2 follows index 0: the log has no instruction 1 (the verifier did not visit it)",
                        2, 1),
                Arguments.of("same index, other instruction", "0: (b7) r0 = 0\n0: (b7) r0 = 1",
                        "instruction 0 differs from the one at line 1", 2, 4),
                Arguments.of("helper number mismatch", "(85) call bpf_map_lookup_elem#2",
                        "helper bpf_map_lookup_elem is #1, not #2", 1, 31),
                Arguments.of("label in log", "(05) goto LBB0_1",
                        "label 'LBB0_1' in a verifier log, which has numeric targets (pc+N)", 1, 11),
                Arguments.of("prefix without instruction", "4: (95)   ; R0=1",
                        "opcode prefix without an instruction", 1, 11),
                Arguments.of("unknown helper name", "(85) call bpf_no_such_helper",
                        "unknown helper 'bpf_no_such_helper'", 1, 11),
                Arguments.of("unknown reference", "(18) r1 = prog[id:3]", "unknown reference 'prog[id:...]'; "
                        + "expected map[id:N], map[fd:N], map[idx:N] (each optionally with a value offset) or "
                        + "ksym[btf_id:N]", 1, 11),
                Arguments.of("map value by fd without element", "(18) r1 = map[fd:3]+8",
                        "a map value reference by fd is written map[fd:N][0]+OFF", 1, 21),
                Arguments.of("map value by index with element", "(18) r1 = map[idx:3][0]+8",
                        "a map value reference by fd-array index is written map[idx:N]+OFF", 1, 22),
                Arguments.of("map value of element 1", "(18) r1 = map[fd:3][1]+8",
                        "map value references index element 0", 1, 21),
                Arguments.of("ksym with offset", "(18) r1 = ksym[btf_id:3]+8",
                        "a kernel variable by BTF id takes no offset", 1, 26),
                Arguments.of("32-bit map load", "(18) w1 = map[fd:3]", "a 64-bit load needs an r register", 1, 6),
                Arguments.of("unknown function reference", "(18) r1 = func[+3]",
                        "unknown reference 'func[...]'; bpftool writes a function as subprog[+N]", 1, 11),
                Arguments.of("subprog out of range", "(18) r1 = subprog[-2147483649]",
                        "function offset -2147483649 does not fit in 32 bits", 1, 20),
                Arguments.of("hyphenated name", "(85) call kernel-func#5",
                        "unknown callee 'kernel-func' (the kernel prints kernel-function#ID for a kernel function "
                                + "it cannot name)", 1, 18),
                Arguments.of("helper with BTF index", "(85) call bpf_map_lookup_elem#1[btf:1]",
                        "a helper call has no BTF index", 1, 33),
                Arguments.of("unknown call field", "(85) call kernel-function#5[fd:1]",
                        "unknown field 'fd'; a kernel function's BTF is written [btf:I]", 1, 29),
                Arguments.of("BTF index too large", "(85) call kernel-function#5[btf:65536]",
                        "BTF fd-array index 65536 does not fit the 16-bit offset field (0 to 65535)", 1, 33));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void rejectsWithPosition(String name, String log, String reason, int line, int column) {
        assertThatThrownBy(() -> Assembler.assembleInstructions(log))
                .isInstanceOfSatisfying(AsmSyntaxException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.column()).isEqualTo(column);
                });
    }

    /**
     * Captured logs of programs whose every instruction is well formed. Programs with malformed slots (reserved
     * fields set, which the model keeps as Raw) are left out: the kernel prints them without the reserved fields,
     * so their text cannot give the bytes back.
     */
    static Stream<Path> corpusLogs() throws IOException {
        Path corpus = Path.of(System.getProperty("bpf4j.testdata", "../testdata"), "verifier", "corpus");
        try (Stream<Path> files = Files.list(corpus)) {
            List<Path> logs = files.filter(p -> p.toString().endsWith(".log"))
                    .filter(p -> Files.exists(Path.of(p.toString().replace(".log", ".bin"))))
                    .filter(VerifierLogAssemblerTest::wellFormed)
                    .sorted().toList();
            assertThat(logs).as("captured verifier logs").hasSizeGreaterThan(100);
            return logs.stream();
        }
    }

    private static boolean wellFormed(Path log) {
        try {
            byte[] bin = Files.readAllBytes(Path.of(log.toString().replace(".log", ".bin")));
            return bin.length % 8 == 0
                    && InsnCodec.decode(bin).stream().noneMatch(i -> i.kind() == Insn.Kind.RAW);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Every instruction line of the captured kernel logs assembles to the instruction the kernel was given. Only
     * 64-bit loads of map pointers differ by nature: the kernel prints the map's address where the object had a
     * file descriptor.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusLogs")
    void capturedLogsMatchTheirPrograms(Path log) throws IOException {
        byte[] bin = Files.readAllBytes(Path.of(log.toString().replace(".log", ".bin")));
        List<Insn> program = InsnCodec.decode(bin);
        Map<Integer, Insn> bySlot = new java.util.HashMap<>();
        int slot = 0;
        for (Insn i : program) {
            bySlot.put(slot, i);
            slot += i.slots();
        }
        SortedMap<Integer, Insn> fromLog = Assembler.assembleVerifierLogByIndex(Files.readString(log));
        for (Map.Entry<Integer, Insn> e : fromLog.entrySet()) {
            Insn original = bySlot.get(e.getKey());
            assertThat(original).as("instruction %d of %s", e.getKey(), log).isNotNull();
            if (original instanceof LoadImm64 ld && ld.pseudo() != Pseudo.NONE) {
                assertThat(e.getValue().code()).isEqualTo(original.code());
                assertThat(e.getValue().dstReg()).isEqualTo(original.dstReg());
                continue;
            }
            assertThat(e.getValue()).as("instruction %d of %s", e.getKey(), log).isEqualTo(original);
        }
    }
}
