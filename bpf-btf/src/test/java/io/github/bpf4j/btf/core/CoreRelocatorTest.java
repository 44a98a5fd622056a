package io.github.bpf4j.btf.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.Exit;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.Load;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.asm.Size;
import io.github.bpf4j.asm.StoreImm;
import io.github.bpf4j.asm.StoreReg;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfBuilder;
import io.github.bpf4j.btf.BtfExt.CoreRelo;
import io.github.bpf4j.btf.BtfType;
import io.github.bpf4j.btf.BtfType.EnumValue;
import io.github.bpf4j.btf.BtfType.IntEncoding;
import io.github.bpf4j.btf.BtfType.Member;
import io.github.bpf4j.btf.CoreReloKind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Unit cases for the CO-RE engine on two small BTFs: a local {@code struct task} and a target one whose members
 * moved and grew. Values follow libbpf 1.1's rules (relo_core.c); the differential tests against libbpf itself are
 * {@link CoreCapturesTest} and {@link CoreForeignBtfTest}.
 */
class CoreRelocatorTest {

    // local ids
    static final int L_INT = 1;
    static final int L_TASK = 5;
    static final int L_STATE = 8;
    static final int L_TASK_V2 = 9;
    static final int L_MODONLY = 10;

    /** struct task { int pid; unsigned int flags; struct task *parent; int arr[4]; unsigned int bf: 3; }. */
    static Btf local() {
        BtfBuilder b = Btf.builder();
        int in = b.addInt("int", 4, IntEncoding.SIGNED);
        int ui = b.addInt("unsigned int", 4, IntEncoding.NONE);
        b.addInt("long int", 8, IntEncoding.SIGNED);
        b.addInt("long unsigned int", 8, IntEncoding.NONE);
        int ptr = b.nextId() + 1;
        b.addStruct("task", 40, List.of(Member.of("pid", in, 0), Member.of("flags", ui, 32),
                Member.of("parent", ptr, 64), Member.of("arr", ptr + 1, 128), new Member("bf", ui, 256, 3)));
        b.addPtr(L_TASK);
        b.addArray(in, in, 4);
        b.add(new BtfType.Enum("state", 4, false, List.of(new EnumValue("RUNNING", 0),
                new EnumValue("SLEEPING", 1), new EnumValue("ZOMBIE", 2))));
        b.addStruct("task___v2", 4, List.of(Member.of("missing", in, 0)));
        b.addStruct("modonly", 4, List.of(Member.of("missing", in, 0)));
        return b.build();
    }

    /** The target's task: pid and flags widened to 8 bytes, everything after them moved, arr longer. */
    static Btf target(boolean ambiguous) {
        BtfBuilder b = Btf.builder();
        int in = b.addInt("int", 4, IntEncoding.SIGNED);
        int ui = b.addInt("unsigned int", 4, IntEncoding.NONE);
        int lg = b.addInt("long int", 8, IntEncoding.SIGNED);
        int ul = b.addInt("long unsigned int", 8, IntEncoding.NONE);
        int ptr = b.nextId() + 1;
        b.addStruct("task", 64, List.of(Member.of("pid", lg, 0), Member.of("flags", ul, 64),
                Member.of("parent", ptr, 128), Member.of("arr", ptr + 1, 192), new Member("bf", ui, 452, 3)));
        b.addPtr(5);
        b.addArray(in, in, 8);
        b.add(new BtfType.Enum("state", 4, false, List.of(new EnumValue("SLEEPING", 5),
                new EnumValue("RUNNING", 9))));
        if (ambiguous) {
            b.addStruct("task___other", 16, List.of(Member.of("parent", ptr, 0)));
        }
        return b.build();
    }

    static CoreRelo relo(int slot, int type, String access, CoreReloKind kind) {
        return new CoreRelo(slot * 8L, type, access, kind);
    }

    static final Alu MOV_8 = Alu.imm(true, AluOp.MOV, Reg.R1, 8);

    static Stream<Arguments> cases() {
        Call poison = Call.helper(0xbad2310);
        return Stream.of(
                Arguments.of("offset in an ALU immediate", MOV_8, relo(0, L_TASK, "0:2", CoreReloKind.FIELD_BYTE_OFFSET),
                        List.of(Alu.imm(true, AluOp.MOV, Reg.R1, 16)), false),
                Arguments.of("load of a widened unsigned field grows to 8 bytes",
                        Load.of(Size.W, Reg.R0, Reg.R1, 4), relo(0, L_TASK, "0:1", CoreReloKind.FIELD_BYTE_OFFSET),
                        List.of(Load.of(Size.DW, Reg.R0, Reg.R1, 8)), false),
                Arguments.of("load of a widened signed field is poisoned",
                        Load.of(Size.W, Reg.R0, Reg.R1, 0), relo(0, L_TASK, "0:0", CoreReloKind.FIELD_BYTE_OFFSET),
                        List.of(poison), true),
                Arguments.of("store of a widened unsigned field grows to 8 bytes",
                        StoreReg.of(Size.W, Reg.R1, 4, Reg.R2), relo(0, L_TASK, "0:1", CoreReloKind.FIELD_BYTE_OFFSET),
                        List.of(StoreReg.of(Size.DW, Reg.R1, 8, Reg.R2)), false),
                Arguments.of("store at an array element", StoreImm.of(Size.W, Reg.R1, 24, 7),
                        relo(0, L_TASK, "0:3:2", CoreReloKind.FIELD_BYTE_OFFSET),
                        List.of(StoreImm.of(Size.W, Reg.R1, 32, 7)), false),
                Arguments.of("array element size", Alu.imm(false, AluOp.MOV, Reg.R2, 4),
                        relo(0, L_TASK, "0:3:2", CoreReloKind.FIELD_BYTE_SIZE),
                        List.of(Alu.imm(false, AluOp.MOV, Reg.R2, 4)), false),
                Arguments.of("flavor whose field is missing: exists is 0", Alu.imm(true, AluOp.MOV, Reg.R1, 1),
                        relo(0, L_TASK_V2, "0:0", CoreReloKind.FIELD_EXISTS),
                        List.of(Alu.imm(true, AluOp.MOV, Reg.R1, 0)), false),
                Arguments.of("flavor whose field is missing: offset poisons", Alu.imm(true, AluOp.ADD, Reg.R1, 0),
                        relo(0, L_TASK_V2, "0:0", CoreReloKind.FIELD_BYTE_OFFSET), List.of(poison), true),
                Arguments.of("signedness of a signed field", Alu.imm(true, AluOp.MOV, Reg.R1, 1),
                        relo(0, L_TASK, "0:0", CoreReloKind.FIELD_SIGNED),
                        List.of(Alu.imm(true, AluOp.MOV, Reg.R1, 1)), false),
                Arguments.of("bitfield left shift", Alu.imm(true, AluOp.LSH, Reg.R1, 61),
                        relo(0, L_TASK, "0:4", CoreReloKind.FIELD_LSHIFT_U64),
                        List.of(Alu.imm(true, AluOp.LSH, Reg.R1, 57)), false),
                Arguments.of("bitfield right shift", Alu.imm(true, AluOp.RSH, Reg.R1, 61),
                        relo(0, L_TASK, "0:4", CoreReloKind.FIELD_RSHIFT_U64),
                        List.of(Alu.imm(true, AluOp.RSH, Reg.R1, 61)), false),
                Arguments.of("bitfield byte offset (not validated)", Alu.imm(true, AluOp.MOV, Reg.R1, 1234),
                        relo(0, L_TASK, "0:4", CoreReloKind.FIELD_BYTE_OFFSET),
                        List.of(Alu.imm(true, AluOp.MOV, Reg.R1, 56)), false),
                Arguments.of("type size", Alu.imm(true, AluOp.MOV, Reg.R1, 40),
                        relo(0, L_TASK, "0", CoreReloKind.TYPE_SIZE), List.of(Alu.imm(true, AluOp.MOV, Reg.R1, 64)),
                        false),
                Arguments.of("flavored type exists", Alu.imm(true, AluOp.MOV, Reg.R1, 1),
                        relo(0, L_TASK_V2, "0", CoreReloKind.TYPE_EXISTS),
                        List.of(Alu.imm(true, AluOp.MOV, Reg.R1, 1)), false),
                Arguments.of("target type id in a 64-bit load (not validated)", LoadImm64.of(Reg.R1, 77),
                        relo(0, L_TASK, "0", CoreReloKind.TYPE_ID_TARGET), List.of(LoadImm64.of(Reg.R1, 5)), false),
                Arguments.of("local type id", LoadImm64.of(Reg.R1, 0), relo(0, L_TASK, "0", CoreReloKind.TYPE_ID_LOCAL),
                        List.of(LoadImm64.of(Reg.R1, L_TASK)), false),
                Arguments.of("type does not match: size of pid differs", Alu.imm(true, AluOp.MOV, Reg.R1, 1),
                        relo(0, L_TASK, "0", CoreReloKind.TYPE_MATCHES),
                        List.of(Alu.imm(true, AluOp.MOV, Reg.R1, 0)), false),
                Arguments.of("enumerator value in a 64-bit load", LoadImm64.of(Reg.R2, 1),
                        relo(0, L_STATE, "1", CoreReloKind.ENUMVAL_VALUE), List.of(LoadImm64.of(Reg.R2, 5)), false),
                Arguments.of("missing enumerator: exists is 0", Alu.imm(true, AluOp.MOV, Reg.R1, 1),
                        relo(0, L_STATE, "2", CoreReloKind.ENUMVAL_EXISTS),
                        List.of(Alu.imm(true, AluOp.MOV, Reg.R1, 0)), false),
                Arguments.of("missing enumerator value poisons both slots of a 64-bit load",
                        LoadImm64.of(Reg.R2, 2), relo(0, L_STATE, "2", CoreReloKind.ENUMVAL_VALUE),
                        List.of(poison, poison), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void relocates(String name, Insn insn, CoreRelo relo, List<Insn> expected, boolean poisoned) {
        CoreResult r = CoreRelocator.relocate(List.of(insn, Exit.INSTANCE), List.of(relo), local(), target(false));
        assertThat(r.insns()).as(name).isEqualTo(concat(expected, Exit.INSTANCE));
        CoreOutcome o = r.outcomes().get(0);
        assertThat(o.poisoned()).isEqualTo(poisoned);
        assertThat(o.after()).isEqualTo(expected);
        assertThat(o.before()).containsExactly(insn);
        assertThat(o.reason().isEmpty()).isEqualTo(!poisoned);
    }

    private static List<Insn> concat(List<Insn> a, Insn b) {
        List<Insn> out = new java.util.ArrayList<>(a);
        out.add(b);
        return out;
    }

    @Test
    void specsPrintAsLibbpfDoes() {
        CoreOutcome o = CoreRelocator.relocate(List.of(StoreImm.of(Size.W, Reg.R1, 24, 7)),
                List.of(relo(0, L_TASK, "0:3:2", CoreReloKind.FIELD_BYTE_OFFSET)), local(), target(false))
                .outcomes().get(0);
        assertThat(o.local().text()).isEqualTo("<byte_off> [5] struct task.arr[2] (0:3:2 @ offset 24)");
        assertThat(o.target()).get().extracting(CoreSpec::text)
                .isEqualTo("<byte_off> [5] struct task.arr[2] (0:3:2 @ offset 32)");
        assertThat(o.candidates()).containsExactly(5);
        assertThat(o.origValue()).isEqualTo(24);
        assertThat(o.newValue()).isEqualTo(32);
        CoreOutcome bits = CoreRelocator.relocate(List.of(MOV_8),
                List.of(relo(0, L_TASK, "0:4", CoreReloKind.FIELD_BYTE_SIZE)), local(), target(false))
                .outcomes().get(0);
        assertThat(bits.target()).get().extracting(CoreSpec::text)
                .isEqualTo("<byte_sz> [5] struct task.bf (0:4 @ offset 56.4)");
        CoreOutcome e = CoreRelocator.relocate(List.of(LoadImm64.of(Reg.R2, 1)),
                List.of(relo(0, L_STATE, "1", CoreReloKind.ENUMVAL_VALUE)), local(), target(false))
                .outcomes().get(0);
        assertThat(e.local().text()).isEqualTo("<enumval_value> [8] enum state::SLEEPING = 1");
        assertThat(e.target()).get().extracting(CoreSpec::text)
                .isEqualTo("<enumval_value> [8] enum state::SLEEPING = 5");
    }

    @Test
    void candidatesStayPrunedForLaterRelocations() {
        CoreRelocator r = CoreRelocator.of(local(), target(true));
        // task___other also has a pointer 'parent', at another offset: both candidates match, and disagree
        assertThatThrownBy(() -> r.relocate(List.of(MOV_8),
                List.of(relo(0, L_TASK, "0:2", CoreReloKind.FIELD_BYTE_OFFSET))))
                .isInstanceOf(CoreRelocationException.class)
                .hasMessageContaining("field offset ambiguity: 0 != 128")
                .extracting(x -> ((CoreRelocationException) x).errno()).isEqualTo("EINVAL");
        // after a relocation that only task matches, task___other is no longer considered
        CoreRelocator pruned = CoreRelocator.of(local(), target(true));
        CoreOutcome first = pruned.relocate(List.of(Alu.imm(true, AluOp.MOV, Reg.R1, 1)),
                List.of(relo(0, L_TASK, "0:0", CoreReloKind.FIELD_EXISTS))).outcomes().get(0);
        assertThat(first.candidates()).containsExactly(5);
        assertThat(pruned.relocate(List.of(MOV_8), List.of(relo(0, L_TASK, "0:2", CoreReloKind.FIELD_BYTE_OFFSET)))
                .insns()).containsExactly(Alu.imm(true, AluOp.MOV, Reg.R1, 16));
    }

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("instruction does not hold the local value", MOV_8,
                        relo(0, L_TASK, "0:1", CoreReloKind.FIELD_BYTE_OFFSET), "EINVAL", "got 8, exp 4 -> 8"),
                Arguments.of("access string past the members", MOV_8,
                        relo(0, L_TASK, "0:9", CoreReloKind.FIELD_BYTE_OFFSET), "EINVAL", "parsing [5] struct task"),
                Arguments.of("access string with an empty step", MOV_8,
                        relo(0, L_TASK, "0::1", CoreReloKind.FIELD_BYTE_OFFSET), "EINVAL", "0::1"),
                Arguments.of("type relocation with a field path", MOV_8,
                        relo(0, L_TASK, "0:1", CoreReloKind.TYPE_SIZE), "EINVAL", "parsing"),
                Arguments.of("array index out of bounds", MOV_8,
                        relo(0, L_TASK, "0:3:4", CoreReloKind.FIELD_BYTE_OFFSET), "EINVAL", "0:3:4"),
                Arguments.of("field relocation on an anonymous type", MOV_8,
                        relo(0, 7, "0:1", CoreReloKind.FIELD_BYTE_OFFSET), "EINVAL", "anonymous"),
                Arguments.of("register-operand ALU instruction", Alu.reg(true, AluOp.ADD, Reg.R1, Reg.R2),
                        relo(0, L_TASK, "0:2", CoreReloKind.FIELD_BYTE_OFFSET), "EINVAL", "register operand"),
                Arguments.of("jump instruction", Exit.INSTANCE,
                        relo(0, L_TASK, "0:2", CoreReloKind.FIELD_BYTE_OFFSET), "EINVAL", "unrecognized insn"),
                Arguments.of("offset past the code", MOV_8,
                        relo(3, L_TASK, "0:2", CoreReloKind.FIELD_BYTE_OFFSET), "EINVAL", "not an instruction"),
                Arguments.of("64-bit load of a map fd", LoadImm64.mapFd(Reg.R1, 40),
                        relo(0, L_TASK, "0", CoreReloKind.TYPE_SIZE), "EINVAL", "(LDIMM64) has unexpected form"),
                Arguments.of("load offset is not the local offset", Load.of(Size.W, Reg.R0, Reg.R1, 12),
                        relo(0, L_TASK, "0:1", CoreReloKind.FIELD_BYTE_OFFSET), "EINVAL",
                        "(LDX/ST/STX) value: got 12, exp 4 -> 8"),
                Arguments.of("load size is not the local field size", Load.of(Size.H, Reg.R0, Reg.R1, 4),
                        relo(0, L_TASK, "0:1", CoreReloKind.FIELD_BYTE_OFFSET), "EINVAL",
                        "unexpected mem size: got 2, exp 4"),
                Arguments.of("local type id out of range", MOV_8,
                        relo(0, 99, "0:2", CoreReloKind.FIELD_BYTE_OFFSET), "EINVAL", "99"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void refuses(String name, Insn insn, CoreRelo relo, String errno, String message) {
        assertThatThrownBy(() -> CoreRelocator.relocate(List.of(insn), List.of(relo), local(), target(false)))
                .as(name)
                .isInstanceOf(CoreRelocationException.class)
                .hasMessageContaining(message)
                .satisfies(x -> {
                    CoreRelocationException c = (CoreRelocationException) x;
                    assertThat(c.errno()).isEqualTo(errno);
                    assertThat(c.relocation()).isZero();
                    assertThat(c.kind()).isEqualTo(relo.kind());
                });
    }

    @Test
    void offsetTooBigForTheOffsetField() {
        BtfBuilder b = Btf.builder();
        int in = b.addInt("int", 4, IntEncoding.SIGNED);
        int ptr = b.addPtr(in);
        b.addStruct("task", 70000, List.of(Member.of("pid", in, 0), Member.of("flags", in, 32),
                Member.of("parent", ptr, 8L * 40000)));
        assertThatThrownBy(() -> CoreRelocator.relocate(List.of(Load.of(Size.DW, Reg.R0, Reg.R1, 8)),
                List.of(relo(0, L_TASK, "0:2", CoreReloKind.FIELD_BYTE_OFFSET)), local(), b.build()))
                .isInstanceOf(CoreRelocationException.class)
                .hasMessageContaining("value too big: 40000")
                .extracting(x -> ((CoreRelocationException) x).errno()).isEqualTo("ERANGE");
    }

    @Test
    void moduleBtfIsSearchedOnlyForTypesVmlinuxHasNoCandidateFor() {
        Btf vmlinux = Btf.read(target(false).write());
        BtfBuilder m = Btf.builder(vmlinux);
        int in = 1;
        int modPtr = m.nextId() + 1;
        m.addStruct("modonly___x", 12, List.of(Member.of("other", in, 0), Member.of("missing", in, 64)));
        m.addPtr(modPtr - 1);
        // the module also has a 'task' with other offsets: not looked at, vmlinux has one
        m.addStruct("task", 8, List.of(Member.of("parent", modPtr, 0)));
        Btf module = m.build();
        CoreRelocator r = CoreRelocator.of(local(), vmlinux, List.of(module));
        CoreOutcome fromModule = r.relocate(List.of(Alu.imm(true, AluOp.MOV, Reg.R1, 0)),
                List.of(relo(0, L_MODONLY, "0:0", CoreReloKind.FIELD_BYTE_OFFSET))).outcomes().get(0);
        assertThat(fromModule.newValue()).isEqualTo(8);
        assertThat(fromModule.candidates()).containsExactly(vmlinux.typeCount());
        CoreOutcome fromVmlinux = r.relocate(List.of(MOV_8),
                List.of(relo(0, L_TASK, "0:2", CoreReloKind.FIELD_BYTE_OFFSET))).outcomes().get(0);
        assertThat(fromVmlinux.newValue()).isEqualTo(16);
        assertThat(fromVmlinux.candidates()).containsExactly(5);
        assertThatThrownBy(() -> CoreRelocator.of(local(), target(false), List.of(module)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("split BTF over the given vmlinux");
    }
}
