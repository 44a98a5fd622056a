package io.github.bpf4j.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.asm.text.Assembler;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfBuilder;
import io.github.bpf4j.btf.BtfType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * tp_btf contexts and PTR_TO_BTF_ID walks against a small BTF built here (no kernel needed): each check of
 * btf_ctx_access / btf_struct_walk / check_ptr_to_btf_access once, with the message the kernel would print for
 * these types. The live-kernel agreement is KernelBtfCorpusTest's.
 */
class BtfTypedSimulationTest {

    /** Ids of the test BTF. */
    private static final Btf BTF = testBtf();
    private static final Verifier WITH_BTF = Verifier.forKernel(KernelProfile.linux618(2).withBtf(BTF));
    private static final Verifier WITHOUT_BTF = Verifier.forKernel(KernelProfile.linux618(2));

    /**
     * {@code struct task_struct { u32 pid; u32 tgid; task_struct *parent; task_struct *real_parent; mm_struct *mm;
     * char comm[16]; }} (48 bytes), {@code struct mm_struct { task_struct *owner; long x; }},
     * {@code task_struct__safe_rcu { task_struct *real_parent; }}, {@code struct pt_regs { long ip; }} and the raw
     * tracepoint {@code btf_trace_myevent(void *__data, struct task_struct *prev, unsigned int cpu)}.
     */
    static Btf testBtf() {
        BtfBuilder b = Btf.builder();
        int u32 = b.addInt("unsigned int", 4, BtfType.IntEncoding.NONE);
        int ch = b.addInt("char", 1, BtfType.IntEncoding.SIGNED);
        int lng = b.addInt("long", 8, BtfType.IntEncoding.SIGNED);
        int task = b.addStruct("task_struct", 48, List.of());
        int ptrTask = b.addPtr(task);
        int mm = b.addStruct("mm_struct", 16, List.of(BtfType.Member.of("owner", ptrTask, 0),
                BtfType.Member.of("x", lng, 64)));
        int ptrMm = b.addPtr(mm);
        int comm = b.addArray(ch, u32, 16);
        b.set(task, new BtfType.Struct("task_struct", 48, List.of(BtfType.Member.of("pid", u32, 0),
                BtfType.Member.of("tgid", u32, 32), BtfType.Member.of("parent", ptrTask, 64),
                BtfType.Member.of("real_parent", ptrTask, 128), BtfType.Member.of("mm", ptrMm, 192),
                BtfType.Member.of("comm", comm, 256))));
        b.addStruct("task_struct__safe_rcu", 8, List.of(BtfType.Member.of("real_parent", ptrTask, 0)));
        b.addStruct("pt_regs", 8, List.of(BtfType.Member.of("ip", lng, 0)));
        int voidPtr = b.addPtr(0);
        int proto = b.addFuncProto(0, List.of(new BtfType.Param("__data", voidPtr), new BtfType.Param("prev", ptrTask),
                new BtfType.Param("cpu", u32)));
        b.addTypedef("btf_trace_myevent", b.addPtr(proto));
        return b.build();
    }

    private static Verdict tpBtf(Verifier v, String body) {
        return v.verify(new ProgramInput(Assembler.assembleInstructions(body + "\nr0 = 0\nexit\n"),
                ProgType.TRACING, "trace_raw_tp", List.of(), "myevent"));
    }

    static Stream<Arguments> rejections() {
        String prev = "r2 = *(u64 *)(r1 + 0)\n";
        return Stream.of(
                rejected("ctx_no_such_argument", "r0 = *(u64 *)(r1 + 16)",
                        "func 'myevent' doesn't have 3-th argument\ninvalid bpf_context access off=16 size=8"),
                rejected("ctx_not_multiple_of_8", "r0 = *(u32 *)(r1 + 4)",
                        "func 'myevent' offset 4 is not multiple of 8\ninvalid bpf_context access off=4 size=4"),
                rejected("ctx_pointer_narrow", "r0 = *(u32 *)(r1 + 0)",
                        "func 'myevent' size 4 must be 8\ninvalid bpf_context access off=0 size=4"),
                rejected("ctx_write", "r2 = 0\n*(u64 *)(r1 + 0) = r2", "invalid bpf_context access off=0 size=8"),
                rejected("beyond_struct", prev + "r0 = *(u32 *)(r2 + 48)",
                        "access beyond struct task_struct at off 48 size 4"),
                rejected("ptr_member_narrow", prev + "r0 = *(u32 *)(r2 + 8)",
                        "cannot access ptr member parent with moff 8 in struct task_struct with off 8 size 4"),
                rejected("beyond_member", prev + "r0 = *(u64 *)(r2 + 4)",
                        "access beyond the end of member tgid (mend:8) in struct task_struct with off 4 size 8"),
                rejected("negative", prev + "r0 = *(u32 *)(r2 - 4)",
                        "R2 is ptr_task_struct invalid negative access: off=-4"),
                rejected("write", prev + "r3 = 0\n*(u32 *)(r2 + 0) = r3", "only read is supported"),
                rejected("variable_offset", prev + "r3 = *(u32 *)(r2 + 0)\nr3 &= 4\nr2 += r3\nr0 = *(u32 *)(r2 + 0)",
                        "R2 is ptr_task_struct invalid variable offset: off=0, var_off=(0x0; 0x4)"),
                rejected("helper_wrong_struct", prev + "r1 = *(u64 *)(r2 + 24)\ncall 175",
                        // btf_struct_ids_match walks mm_struct at offset 0 for a task_struct and logs why it stops
                        "cannot access ptr member owner with moff 0 in struct mm_struct with off 0 size 1\n"
                                + "R1 is of type mm_struct but task_struct is expected"),
                rejected("helper_scalar", "r1 = 0\ncall 175", "R1 type=scalar expected=ptr_, trusted_ptr_, rcu_ptr_"),
                rejected("helper_may_write", prev + "r1 = r2\nr2 = 8\ncall 16",
                        "bpf_get_current_comm() may write into memory pointed by R1 type=trusted_ptr_"),
                rejected("helper_reads_through_trusted", prev + "r1 = r2\nr2 = 80\nr3 = 0\ncall 6",
                        "access beyond struct task_struct at off 0 size 80"));
    }

    private static Arguments rejected(String name, String body, String message) {
        return Arguments.of(Named.of(name, body), message);
    }

    /** One crafted program per rejection: the kernel's message for these types. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejectsWithTheKernelsMessage(String body, String message) {
        Verdict v = tpBtf(WITH_BTF, body);
        assertThat(v.internalBug()).isNull();
        assertThat(v.accepted()).as(v.log()).isFalse();
        assertThat(v.message()).isEqualTo(message);
    }

    /** The register types a walk produces, as the log prints them. */
    @Test
    void walksGiveTheKernelsRegisterTypes() {
        Verdict v = tpBtf(WITH_BTF, "r2 = *(u64 *)(r1 + 0)\nr3 = *(u64 *)(r2 + 16)\nr4 = *(u64 *)(r2 + 8)\n"
                + "r5 = *(u64 *)(r2 + 24)\nr6 = *(u64 *)(r5 + 0)\nr0 = *(u8 *)(r2 + 35)\nr1 = r2\ncall 175\n"
                + "call 2000");
        assertThat(v.message()).isEqualTo("invalid func unknown#2000");
        assertThat(v.log())
                .contains("func 'myevent' arg0 has btf_id 4 type STRUCT 'task_struct'\n1: R1=ctx() "
                        + "R2=trusted_ptr_task_struct()\n")
                .contains("R3=rcu_ptr_task_struct()")
                .contains("R4=ptr_task_struct()")
                .contains("R5=ptr_mm_struct()")
                .contains("R6=ptr_task_struct()")
                .contains("R0=scalar(smin=smin32=0,smax=umax=smax32=umax32=255,var_off=(0x0; 0xff))")
                .contains("call bpf_task_pt_regs#175     ; R0=ptr_pt_regs()");
    }

    /** A scalar argument reads at any size; the cpu argument is the second context slot. */
    @Test
    void scalarArgumentsReadAtAnySize() {
        assertThat(tpBtf(WITH_BTF, "r0 = *(u8 *)(r1 + 8)").accepted()).isTrue();
        assertThat(tpBtf(WITH_BTF, "r0 = *(u64 *)(r1 + 8)").accepted()).isTrue();
    }

    /** Without the kernel's BTF nothing BTF-typed is guessed: the program is refused as not simulated. */
    @Test
    void withoutBtfTheSimulatorSaysWhatItLacks() {
        Verdict v = tpBtf(WITHOUT_BTF, "r0 = *(u64 *)(r1 + 0)");
        assertThat(v.internalBug()).isNull();
        assertThat(v.message()).isEqualTo("a tp_btf program is not simulated without the kernel's BTF "
                + "(KernelProfile.withBtf)");
        Verdict k = WITHOUT_BTF.verify(new ProgramInput(Assembler.assembleInstructions("call 158\nr0 = 0\nexit\n"),
                ProgType.KPROBE, null, List.of()));
        assertThat(k.message()).startsWith("helper bpf_get_current_task_btf#158 is not simulated without");
    }

    /** A tracing program must name its target; other tracing attach types are outside the simulation. */
    @Test
    void tracingNeedsATarget() {
        Verdict v = WITH_BTF.verify(new ProgramInput(Assembler.assembleInstructions("r0 = 0\nexit\n"),
                ProgType.TRACING, "trace_raw_tp", List.of()));
        assertThat(v.message()).isEqualTo("Tracing programs must provide btf_id");
        assertThat(v.errno()).isEqualTo("EINVAL");
        Verdict missing = WITH_BTF.verify(new ProgramInput(Assembler.assembleInstructions("r0 = 0\nexit\n"),
                ProgType.TRACING, "trace_raw_tp", List.of(), "no_such_event"));
        assertThat(missing.message()).contains("no typedef btf_trace_no_such_event");
    }
}
