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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Binding the {@code .set} constants of the bundled examples and linking their map references. */
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
        assertThat(ExampleSource.defaults(ExampleSource.bundled("examples/execsnoop.s")))
                .containsExactly(Map.entry("TASK_REAL_PARENT", 1280L), Map.entry("TASK_TGID", 1268L));
    }

    @Test
    void bindsTheTaskStructOffsetsIntoTheAddImmediates() {
        ExampleSource s = ExampleSource.of("examples/execsnoop.s", Map.of("TASK_REAL_PARENT", 2000L,
                "TASK_TGID", 3000L));
        List<Insn> insns = s.programs().get(0).instructions();
        assertThat(insns).contains(Alu.imm(true, AluOp.ADD, Reg.R3, 2000), Alu.imm(true, AluOp.ADD, Reg.R3, 3000));
        assertThat(s.constants()).containsEntry("TASK_TGID", 3000L);
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
        ExampleSource s = ExampleSource.of(example.resource(), example.bindings(null, 4242));
        assertThat(s.programs()).isNotEmpty();
        assertThat(example.maps()).extracting(m -> m.name()).containsAll(s.mapNames());
        assertThat(s.assembly().section("license")).isPresent();
    }
}
