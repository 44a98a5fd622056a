package io.github.bpf4j.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.asm.text.Assembler;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfBuilder;
import io.github.bpf4j.btf.BtfType;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kernel variables loaded by BTF id ({@code BPF_PSEUDO_BTF_ID}) and the per-CPU helpers, against a small BTF built
 * here: the paths a kernel whose kallsyms resolves variables takes (this machine's does not: the corpus
 * {@code btf_ksym_*} programs record what it says instead). Each case names the 6.18 rule it checks.
 */
class KsymSimulationTest {

    /** Ids of the test BTF. */
    private static final int RQ_VAR;
    private static final int COUNT_VAR;
    private static final int INIT_RQ_VAR;
    private static final int LIMIT_VAR;
    private static final int FUNC;
    private static final int RQ;
    private static final Btf BTF;

    static {
        BtfBuilder b = Btf.builder();
        int u32 = b.addInt("unsigned int", 4, BtfType.IntEncoding.NONE);
        RQ = b.addStruct("rq", 16, List.of(BtfType.Member.of("nr_running", u32, 0),
                BtfType.Member.of("cpu", u32, 32), BtfType.Member.of("clock", b.addInt("long", 8,
                        BtfType.IntEncoding.SIGNED), 64)));
        RQ_VAR = b.addVar("runqueues", RQ, BtfType.Linkage.GLOBAL);
        COUNT_VAR = b.addVar("event_count", u32, BtfType.Linkage.GLOBAL);
        INIT_RQ_VAR = b.addVar("init_rq", RQ, BtfType.Linkage.GLOBAL);
        LIMIT_VAR = b.addVar("limit", b.addArray(u32, u32, 3), BtfType.Linkage.GLOBAL);
        FUNC = b.addFunc("schedule", b.addFuncProto(0, List.of()), BtfType.Linkage.GLOBAL);
        b.addDatasec(".data..percpu", 20, List.of(new BtfType.VarSecinfo(RQ_VAR, 0, 16),
                new BtfType.VarSecinfo(COUNT_VAR, 16, 4)));
        BTF = b.build();
    }

    private static final KernelProfile ALL = KernelProfile.linux618(2).withBtf(BTF)
            .withKallsyms(KernelProfile.Kallsyms.all());

    private static Verdict run(KernelProfile profile, String body) {
        return Verifier.forKernel(profile).verify(new ProgramInput(Assembler.assembleInstructions(body),
                ProgType.RAW_TRACEPOINT, null, List.of()));
    }

    private static String ksym(int reg, int id) {
        return "r" + reg + " = ksym[btf_id:" + id + "]\n";
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                // RET_PTR_TO_MEM_OR_BTF_ID | PTR_MAYBE_NULL: a struct gives ptr_or_null_rq, null-checked to ptr_rq
                accepted("per_cpu_ptr_struct", "call 8\nr2 = r0\n" + ksym(1, RQ_VAR) + "call 153\n"
                        + "if r0 == 0 goto +1\nr0 = *(u32 *)(r0 + 0)\nr0 = 0\nexit\n",
                        "R0=ptr_or_null_rq(id=2)"),
                // bpf_this_cpu_ptr is never NULL
                accepted("this_cpu_ptr_struct", ksym(1, RQ_VAR) + "call 154\nr0 = *(u64 *)(r0 + 8)\nr0 = 0\nexit\n",
                        "R0=ptr_rq()"),
                // anything else than a struct is read-only memory of the type's size
                accepted("this_cpu_ptr_int", ksym(1, COUNT_VAR) + "call 154\nr0 = *(u32 *)(r0 + 0)\nexit\n",
                        "R0=rdonly_mem(sz=4)"),
                accepted("per_cpu_ptr_int", "r2 = 1\n" + ksym(1, COUNT_VAR) + "call 153\nif r0 == 0 goto +1\n"
                        + "r0 = *(u32 *)(r0 + 0)\nr0 = 0\nexit\n", "R0=rdonly_mem_or_null(id=1,sz=4)"),
                // a variable outside .data..percpu: a struct is PTR_TO_BTF_ID, else rdonly_mem of its size
                accepted("var_struct", ksym(1, INIT_RQ_VAR) + "r0 = *(u32 *)(r1 + 4)\nr0 = 0\nexit\n",
                        "R1=ptr_rq()"),
                accepted("var_array", ksym(1, LIMIT_VAR) + "r0 = *(u32 *)(r1 + 8)\nr0 = 0\nexit\n",
                        "R1=rdonly_mem(sz=12)"),
                accepted("percpu_var_itself", ksym(1, RQ_VAR) + "r0 = 0\nexit\n", "R1=percpu_ptr_rq()"),
                accepted("func", ksym(1, FUNC) + "r0 = 0\nexit\n", "R1=rdonly_mem(sz=0)"));
    }

    private static Arguments accepted(String name, String body, String logged) {
        return Arguments.of(Named.of(name, body), logged);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void acceptedWithTheKernelsRegisterSpelling(String body, String logged) {
        Verdict v = run(ALL, body);
        assertThat(v.accepted()).as(v.toString()).isTrue();
        // an accepted program's level-1 log is only statistics: make the walk print by failing at its end
        Verdict forced = run(ALL, body.replaceFirst("exit\n$", "r0 = *(u64 *)(r10 + 8)\nexit\n"));
        assertThat(forced.log()).contains(logged);
    }

    static Stream<Arguments> rejections() {
        return Stream.of(
                rejected("per_cpu_ptr_no_null_check", "r2 = 0\n" + ksym(1, RQ_VAR) + "call 153\n"
                        + "r0 = *(u32 *)(r0 + 0)\nr0 = 0\nexit\n", "R0 invalid mem access 'ptr_or_null_'", "EACCES"),
                rejected("percpu_deref", ksym(1, RQ_VAR) + "r0 = *(u32 *)(r1 + 0)\nr0 = 0\nexit\n",
                        "R1 is ptr_rq access percpu memory: off=0", "EACCES"),
                rejected("percpu_int_write", ksym(1, COUNT_VAR) + "call 154\nr1 = 1\n*(u32 *)(r0 + 0) = r1\n"
                        + "r0 = 0\nexit\n", "R0 cannot write into rdonly_mem", "EACCES"),
                rejected("var_array_past_end", ksym(1, LIMIT_VAR) + "r0 = *(u32 *)(r1 + 12)\nr0 = 0\nexit\n",
                        "invalid access to memory, mem_size=12 off=12 size=4\n"
                                + "R1 min value is outside of the allowed memory range", "EACCES"),
                rejected("per_cpu_ptr_of_plain_var", "r2 = 0\n" + ksym(1, INIT_RQ_VAR) + "call 153\nr0 = 0\nexit\n",
                        "R1 type=ptr_ expected=percpu_ptr_, percpu_rcu_ptr_, percpu_trusted_ptr_", "EACCES"),
                rejected("invalid_id", ksym(1, 999) + "r0 = 0\nexit\n", "ldimm64 insn specifies invalid btf_id 999.",
                        "ENOENT"),
                rejected("struct_id", ksym(1, RQ) + "r0 = 0\nexit\n",
                        "pseudo btf_id " + RQ + " in ldimm64 isn't KIND_VAR or KIND_FUNC", "EINVAL"));
    }

    private static Arguments rejected(String name, String body, String message, String errno) {
        return Arguments.of(Named.of(name, body), message, errno);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejectedWithTheKernelsMessage(String body, String message, String errno) {
        Verdict v = run(ALL, body);
        assertThat(v.accepted()).isFalse();
        assertThat(v.internalBug()).isNull();
        assertThat(v.message()).isEqualTo(message);
        assertThat(v.errno()).isEqualTo(errno);
    }

    @Test
    void kallsymsDecideBeforeVerification() {
        String body = "call 8\nr2 = r0\n" + ksym(1, RQ_VAR) + "call 153\nr0 = 0\nexit\n";
        KernelProfile base = KernelProfile.linux618(2).withBtf(BTF);
        // the default profile is a kernel without CONFIG_KALLSYMS_ALL, as on these machines
        assertThat(base.kallsyms()).isEqualTo(KernelProfile.Kallsyms.textOnly());
        Verdict textOnly = run(base, body);
        assertThat(textOnly.message()).isEqualTo("ldimm64 failed to find the address for kernel symbol 'runqueues'.");
        assertThat(textOnly.errno()).isEqualTo("ENOENT");
        assertThat(textOnly.processed()).isZero();
        assertThat(run(base.withKallsyms(KernelProfile.Kallsyms.of(Set.of("runqueues"))), body).accepted()).isTrue();
        assertThat(run(base.withKallsyms(KernelProfile.Kallsyms.of(Set.of("schedule"))), body).errno())
                .isEqualTo("ENOENT");
        // functions resolve on a text-only kernel
        assertThat(run(base, ksym(1, FUNC) + "r0 = 0\nexit\n").accepted()).isTrue();
    }

    @Test
    void withoutKernelBtfTheLoadIsNotSimulated() {
        Verdict v = run(KernelProfile.linux618(2), ksym(1, FUNC) + "r0 = 0\nexit\n");
        assertThat(v.accepted()).isFalse();
        assertThat(v.message()).contains("not simulated without the kernel's BTF");
    }
}
