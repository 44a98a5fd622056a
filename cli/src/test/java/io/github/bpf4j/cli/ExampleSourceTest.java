package io.github.bpf4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.Pseudo;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.asm.text.Assembly;
import java.util.List;
import java.util.Map;
import io.github.bpf4j.asm.text.AsmSyntaxException;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.elf.BpfObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Binding the {@code .set} constants of the bundled examples, their CO-RE relocations and their map references. */
class ExampleSourceTest {

    @Test
    void substitutesConstantsInCodeOnlyAndKeepsLineNumbers() {
        String text = "# TASK_TGID is explained here\n\t.set\tTASK_TGID, 1268\n\tr3 += TASK_TGID # TASK_TGID\n"
                + "\tr4 += TASK_TGID_X\n";
        String out = ExampleSource.substitute(text, Map.of("TASK_TGID", 99L));
        assertThat(out.split("\n", -1)).containsExactly(
                "# TASK_TGID is explained here",
                "# .set TASK_TGID, 99 (bound by bpf4j)",
                "\tr3 += 99 # TASK_TGID",
                "\tr4 += TASK_TGID_X",
                "");
    }

    @Test
    void readsTheFileDefaults() {
        assertThat(ExampleSource.defaults(ExampleSource.bundled("examples/writetrack.s")))
                .containsExactly(Map.entry("TRACER_TGID", 0L));
    }

    /** clang's execsnoop.o carries the types vmlinux.h gave it: a kernel BTF for these tests, offline. */
    static Btf clangBtf() {
        return BpfObject.read(Path.of(System.getProperty("bpf4j.testdata"), "build/execsnoop.o")).btf()
                .orElseThrow();
    }

    @Test
    void execsnoopReadsTheTaskStructThroughCoreRelocations() {
        ExampleSource s = ExampleSource.of("examples/execsnoop.s", Map.of(), clangBtf());
        List<Insn> insns = s.programs().get(0).instructions();
        assertThat(insns).contains(Alu.imm(true, AluOp.ADD, Reg.R3, 1280), Alu.imm(true, AluOp.ADD, Reg.R3, 1268));
        assertThat(s.core()).extracting(o -> o.relo().accessString(), o -> o.newValue()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("0:95", 1280L),
                org.assertj.core.groups.Tuple.tuple("0:93", 1268L),
                org.assertj.core.groups.Tuple.tuple("0:2:0", 16L));
        assertThat(s.constants()).isEmpty();
    }

    @Test
    void execsnoopNeedsAKernelBtfWithItsTypes() {
        assertThatThrownBy(() -> ExampleSource.of("examples/execsnoop.s", Map.of()))
                .isInstanceOf(AsmSyntaxException.class).hasMessageContaining("needs BTF to resolve against");
        Btf old = BpfObject.read(Path.of(System.getProperty("bpf4j.testdata"), "build/btf/old_kernel.o")).btf()
                .orElseThrow();
        assertThatThrownBy(() -> ExampleSource.of("examples/execsnoop.s", Map.of(), old))
                .isInstanceOf(AsmSyntaxException.class)
                .hasMessageContaining("the BTF has no struct, union or typedef named 'trace_event_raw_sys_enter'");
    }

    @Test
    void refusesABindingTheFileDoesNotDefine() {
        assertThatThrownBy(() -> ExampleSource.of("examples/execsnoop.s", Map.of("TASK_PID", 1L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("defines no constant TASK_PID");
    }

    @Test
    void refusesAMissingResource() {
        assertThatThrownBy(() -> ExampleSource.bundled("examples/none.s"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("examples/none.s is missing");
    }

    @Test
    void linksEveryMapReferenceToAMapLoad() {
        ExampleSource s = ExampleSource.of("examples/writetrack.s", Map.of());
        assertThat(s.mapNames()).containsExactly("inflight", "events");
        Assembly.Section exit = s.programs().get(1);
        List<Insn> linked = ExampleSource.linked(exit, map -> map.equals("inflight") ? 7 : 8);
        assertThat(linked).hasSameSizeAs(exit.instructions());
        assertThat(linked).filteredOn(i -> i instanceof LoadImm64).extracting(i -> ((LoadImm64) i).pseudo(),
                i -> ((LoadImm64) i).imm()).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Pseudo.MAP_FD, 7),
                        org.assertj.core.groups.Tuple.tuple(Pseudo.MAP_FD, 7),
                        org.assertj.core.groups.Tuple.tuple(Pseudo.MAP_FD, 8));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Example.class)
    void everyExampleAssemblesAndUsesOnlyTheMapsItCreates(Example example) {
        ExampleSource s = ExampleSource.of(example.resource(), example.bindings(null, 4242),
                example.usesCore() ? clangBtf() : null);
        assertThat(s.programs()).isNotEmpty();
        assertThat(example.maps()).extracting(m -> m.name()).containsAll(s.mapNames());
        assertThat(s.assembly().section("license")).isPresent();
    }
}
