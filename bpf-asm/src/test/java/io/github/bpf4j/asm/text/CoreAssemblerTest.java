package io.github.bpf4j.asm.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.BuiltProgram;
import io.github.bpf4j.asm.CoreRef;
import io.github.bpf4j.asm.CoreRelocation;
import io.github.bpf4j.asm.CoreResolver;
import io.github.bpf4j.asm.Load;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.ProgramBuilder;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.asm.Size;
import io.github.bpf4j.asm.StoreImm;
import io.github.bpf4j.asm.StoreReg;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CO-RE references in the assembler and the builder: the syntax of every relocation kind in every operand position
 * it may take, the value placed in the instruction and the record kept for {@code .BTF.ext}, and one crafted input
 * per rejection. A stub resolver stands in for BTF here (bpf-asm sits below bpf-btf); bpf-elf's AsmCoreObjectTest
 * resolves against clang's BTF and compares with clang's objects.
 */
class CoreAssemblerTest {

    /**
     * Answers every reference with type id 7, the access string {@code 0:<path length>} and value
     * {@code 100 * kind + 8}; type {@code missing} is unknown, type {@code huge} gives 2^40.
     */
    static final CoreResolver STUB = ref -> {
        if (ref.typeName().equals("missing")) {
            throw new IllegalArgumentException("the BTF has no struct, union or typedef named 'missing'");
        }
        long value = ref.typeName().equals("huge") ? 1L << 40 : 100L * ref.kind().value() + 8;
        return new CoreResolver.Resolved(7, "0:" + ref.path().length(), value);
    };

    static final String HEAD = "\t.section\t\"kprobe/f\",\"ax\",@progbits\nf:\n";

    static Assembly assemble(String body) {
        return Assembler.assemble(new StringReader(HEAD + body), "core.s", Dialect.LLVM, STUB);
    }

    static String argsOf(CoreRef.Kind kind) {
        return kind.isType() ? "task_struct" : kind.isEnumerator() ? "pid_type, PIDTYPE_TGID"
                : "task_struct, real_parent";
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(CoreRef.Kind.class)
    void everyKindAsAMovAndAnAluImmediateAndA64BitLoad(CoreRef.Kind kind) {
        String call = kind.spelling() + "(" + argsOf(kind) + ")";
        Assembly a = assemble("\tr1 = " + call + "\n\tw2 += " + call + "\n\tr3 = " + call + " ll\n\texit\n");
        long value = 100L * kind.value() + 8;
        Assembly.Section s = a.section("kprobe/f").orElseThrow();
        assertThat(s.instructions()).containsExactly(Alu.imm(true, AluOp.MOV, Reg.R1, (int) value),
                Alu.imm(false, AluOp.ADD, Reg.R2, (int) value), LoadImm64.of(Reg.R3, value),
                io.github.bpf4j.asm.Exit.INSTANCE);
        List<CoreRelocation> relos = a.coreRelocations().get("kprobe/f");
        assertThat(relos).extracting(CoreRelocation::insnOff).containsExactly(0L, 8L, 16L);
        assertThat(relos).allSatisfy(r -> {
            assertThat(r.ref().kind()).isEqualTo(kind);
            assertThat(r.typeId()).isEqualTo(7);
            assertThat(r.localValue()).isEqualTo(value);
            assertThat(r.ref().toString()).isEqualTo(call);
        });
        // the section bytes hold the local value, as clang leaves them before relocation
        assertThat(s.content()[4]).isEqualTo((byte) value);
    }

    @Test
    void fieldOffsetsAsLoadAndStoreOffsets() {
        Assembly a = assemble("\tr3 = *(u64 *)(r6 + core(trace_event_raw_sys_enter, args[0]))\n"
                + "\t*(u32 *)(r1 + core(struct task_struct, tgid)) = w2\n"
                + "\t*(u16 *)(r1 + core(sk_buff, cb[2])) = 5\n"
                + "\t*(u8 *)(r1 + 1) = core_field_size(task_struct___v2, se.vruntime)\n"
                + "\tr0 = *(s32 *)(r1 + core(task_struct, pid))\n");
        assertThat(a.section("kprobe/f").orElseThrow().instructions()).containsExactly(
                Load.of(Size.DW, Reg.R3, Reg.R6, 8), StoreReg.of(Size.W, Reg.R1, 8, Reg.R2),
                StoreImm.of(Size.H, Reg.R1, 8, 5), StoreImm.of(Size.B, Reg.R1, 1, 108),
                new Load(Size.W, true, Reg.R0, Reg.R1, (short) 8));
        assertThat(a.coreRelocations().get("kprobe/f")).extracting(r -> r.ref().type(), r -> r.ref().path())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("trace_event_raw_sys_enter", "args[0]"),
                        org.assertj.core.groups.Tuple.tuple("struct task_struct", "tgid"),
                        org.assertj.core.groups.Tuple.tuple("sk_buff", "cb[2]"),
                        org.assertj.core.groups.Tuple.tuple("task_struct___v2", "se.vruntime"),
                        org.assertj.core.groups.Tuple.tuple("task_struct", "pid"));
    }

    @Test
    void relocationsAreKeptPerSectionWithSectionOffsets() {
        Assembly a = Assembler.assemble(new StringReader("\t.section\t\"a\",\"ax\",@progbits\n\tr0 = 0\n"
                + "\tr1 = core(task_struct, pid)\n\texit\n\t.section\t\"b\",\"ax\",@progbits\n"
                + "\tr1 = core_type_size(task_struct)\n\texit\n"), "two.s", Dialect.LLVM, STUB);
        assertThat(a.coreRelocations().keySet()).containsExactly("a", "b");
        assertThat(a.coreRelocations().get("a")).extracting(CoreRelocation::insnOff).containsExactly(8L);
        assertThat(a.coreRelocations().get("b")).extracting(CoreRelocation::insnOff).containsExactly(0L);
    }

    @Test
    void aMapDeclarationReservesItsDefinitionInMaps() {
        Assembly a = assemble("\t.bpf_map\tevents, perf_event_array, 4, 4, 0\n\tr1 = events ll\n\texit\n"
                + "\t.bpf_map\tcounts, hash, 4, 8, 1024, 1\n");
        assertThat(a.maps()).containsExactly(
                new Assembly.MapDefinition("events", "perf_event_array", 4, 4, 0, 0),
                new Assembly.MapDefinition("counts", "hash", 4, 8, 1024, 1));
        Assembly.Section maps = a.section(".maps").orElseThrow();
        assertThat(maps.size()).isEqualTo(24 + 40);
        assertThat(maps.flags()).containsExactlyInAnyOrder(Assembly.SectionFlag.WRITE, Assembly.SectionFlag.ALLOC);
        Assembly.Symbol events = a.symbol("events").orElseThrow();
        assertThat(events.section()).isEqualTo(".maps");
        assertThat(events.value()).isZero();
        assertThat(events.size()).isEqualTo(24);
        assertThat(events.binding()).isEqualTo(Assembly.Binding.GLOBAL);
        assertThat(events.type()).isEqualTo(Assembly.SymbolType.OBJECT);
        assertThat(a.symbol("counts").orElseThrow().value()).isEqualTo(24);
        // the program section stayed current across the declaration
        assertThat(a.section("kprobe/f").orElseThrow().instructions()).hasSize(2);
    }

    @Test
    void theBuilderMakesWhatTheAssemblerMakes() {
        Assembly a = assemble("\tr3 = *(u64 *)(r6 + core(trace_event_raw_sys_enter, args[0]))\n"
                + "\tr3 += core(task_struct, real_parent)\n\t*(u32 *)(r10 + core(task_struct, tgid)) = w1\n"
                + "\t*(u32 *)(r10 + core(task_struct, tgid)) = 3\n\tw1 = core_field_exists(task_struct, pids)\n"
                + "\tr2 = core_type_id_target(task_struct) ll\n\texit\n");
        BuiltProgram b = new ProgramBuilder(STUB)
                .load(Size.DW, Reg.R3, Reg.R6, CoreRef.fieldOffset("trace_event_raw_sys_enter", "args[0]"))
                .add(Reg.R3, CoreRef.fieldOffset("task_struct", "real_parent"))
                .store(Size.W, Reg.R10, CoreRef.fieldOffset("task_struct", "tgid"), Reg.R1)
                .storeImm(Size.W, Reg.R10, CoreRef.fieldOffset("task_struct", "tgid"), 3)
                .alu32(AluOp.MOV, Reg.R1, CoreRef.fieldExists("task_struct", "pids"))
                .ldImm64(Reg.R2, CoreRef.typeIdTarget("task_struct"))
                .exit().build();
        Assembly.Section s = a.section("kprobe/f").orElseThrow();
        assertThat(b.insns()).containsExactlyElementsOf(s.instructions());
        assertThat(b.coreRelocations()).containsExactlyElementsOf(a.coreRelocations().get("kprobe/f"));
    }

    @Test
    void theBuilderRefusesWhatTheAssemblerRefuses() {
        assertThatThrownBy(() -> new ProgramBuilder().mov(Reg.R1, CoreRef.typeSize("task_struct")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs a builder made with a "
                        + "CoreResolver");
        assertThatThrownBy(() -> new ProgramBuilder(STUB).load(Size.W, Reg.R1, Reg.R2,
                CoreRef.fieldSize("task_struct", "pid"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a memory offset can only be a field's byte offset");
        assertThatThrownBy(() -> new ProgramBuilder(STUB).mov(Reg.R1, CoreRef.typeSize("huge")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond a 32-bit immediate");
    }

    @Test
    void pathsParseIntoSteps() {
        assertThat(CoreRef.fieldOffset("sk_buff", "cb[2]").steps()).containsExactly(
                new CoreRef.Step("cb", 0, 0), new CoreRef.Step(null, 2, 2));
        assertThat(CoreRef.fieldOffset("task_struct", "se.vruntime").steps()).extracting(CoreRef.Step::member)
                .containsExactly("se", "vruntime");
        assertThat(CoreRef.fieldOffset("x", "a[1][2].b").steps()).hasSize(4);
        assertThat(CoreRef.typeSize("struct task_struct").keyword()).isEqualTo("struct");
        assertThat(CoreRef.typeSize("struct task_struct").typeName()).isEqualTo("task_struct");
    }

    static Stream<Arguments> badRefs() {
        return Stream.of(
            Arguments.of("empty path", (Runnable) () -> CoreRef.fieldOffset("t", ""), "needs an access path"),
            Arguments.of("index first", (Runnable) () -> CoreRef.fieldOffset("t", "[1]"), "starts with a member"),
            Arguments.of("index not a number", (Runnable) () -> CoreRef.fieldOffset("t", "a[x]"), "decimal number"),
            Arguments.of("unclosed index", (Runnable) () -> CoreRef.fieldOffset("t", "a[1"), "decimal number"),
            Arguments.of("double dot", (Runnable) () -> CoreRef.fieldOffset("t", "a..b"), "expected a member name"),
            Arguments.of("arrow", (Runnable) () -> CoreRef.fieldOffset("t", "a->b"), "expected '.' or '['"),
            Arguments.of("type with a path", (Runnable) () -> new CoreRef(CoreRef.Kind.TYPE_SIZE, "t", "a"),
                    "takes a type alone"),
            Arguments.of("enum without name", (Runnable) () -> CoreRef.enumValue("e", ""), "enumerators"),
            Arguments.of("bad keyword", (Runnable) () -> CoreRef.typeSize("class t"), "is not a type name"),
            Arguments.of("three words", (Runnable) () -> CoreRef.typeSize("struct a b"), "is not a type name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRefs")
    void badReferencesAreRefused(String name, Runnable make, String message) {
        assertThatThrownBy(make::run).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
            Arguments.of("unknown function", "\tr1 = core_offset(task_struct, pid)\n",
                    "unknown CO-RE function 'core_offset' (expected core, core_field_size,", 3, 7),
            Arguments.of("unknown type", "\tr1 = core(missing, pid)\n",
                    "core(missing, pid): the BTF has no struct, union or typedef named 'missing'", 3, 7),
            Arguments.of("hex index", "\tr1 = core(sk_buff, cb[0x2])\n",
                    "access path 'cb[0x2]' at character 3: an array index is a decimal number in brackets", 3, 21),
            Arguments.of("index not a number", "\tr1 = core(sk_buff, cb[x])\n", "unexpected 'x', expected number",
                    3, 24),
            Arguments.of("type kind with a path", "\tr1 = core_type_size(task_struct, pid)\n",
                    "core_type_size takes a type alone, not an access path ('pid')", 3, 22),
            Arguments.of("size as a memory offset", "\tr1 = *(u32 *)(r2 + core_field_size(task_struct, pid))\n",
                    "a memory offset can only be a field's byte offset, core(TYPE, FIELD), not core_field_size",
                    3, 21),
            Arguments.of("subtracted offset", "\tr1 = *(u32 *)(r2 - core(task_struct, pid))\n",
                    "a CO-RE offset is added: write (rN + core(task_struct,pid))", 3, 19),
            Arguments.of("offset beyond 16 bits", "\tr1 = *(u32 *)(r2 + core(huge, pid))\n",
                    "core(huge,pid) is 1099511627776 in the local BTF, beyond a 16-bit offset", 3, 21),
            Arguments.of("immediate beyond 32 bits", "\tr1 = core(huge, pid)\n",
                    "core(huge,pid) is 1099511627776 in the local BTF, beyond a 32-bit immediate; load it with 'll'",
                    3, 7),
            Arguments.of("in an expression", "\tr1 = core(task_struct, pid) + 8\n",
                    "a CO-RE reference is an instruction operand", 3, 7),
            Arguments.of("in data", "\t.quad core(task_struct, pid)\n",
                    "a CO-RE reference is an instruction operand", 3, 8),
            Arguments.of("as a jump operand", "\tif r1 == core(task_struct, pid) goto +1\n",
                    "a CO-RE reference is an instruction operand", 3, 11),
            Arguments.of("two in one instruction", "\t*(u32 *)(r1 + core(t, a)) = core_field_size(t, a)\n",
                    "one CO-RE reference per instruction: this one already has core(t, a)", 3, 30),
            Arguments.of("in a data section", "\t.data\n\tr1 = core(t, a)\n",
                    "a CO-RE reference in section .data, which is not code (flag x)", 4, 7),
            Arguments.of("bad map type", "\t.bpf_map m, PERF, 4, 4, 0\n", "expected a map type as the kernel "
                    + "spells it in lower case", 3, 14),
            Arguments.of("negative map size", "\t.bpf_map m, hash, -4, 4, 1\n",
                    "a key size is an unsigned 32-bit value, not -4", 3, 20),
            Arguments.of("map too few arguments", "\t.bpf_map m, hash, 4\n", ".bpf_map takes 5 to 6 arguments, "
                    + "found 3", 3, 2),
            Arguments.of("map over a label", "f2:\n\t.bpf_map f2, hash, 4, 4, 1\n",
                    "symbol 'f2' is already defined at line 3", 4, 11));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedReferencesAreErrorsWithTheirPosition(String name, String body, String message, int line,
            int column) {
        assertThatThrownBy(() -> assemble(body)).isInstanceOfSatisfying(AsmSyntaxException.class, e -> {
            assertThat(e.getMessage()).startsWith("core.s:" + line + ":" + column + ": ").contains(message);
        });
    }

    @Test
    void withoutBtfACoreReferenceSaysWhatIsMissing() {
        assertThatThrownBy(() -> Assembler.assemble(HEAD + "\tr1 = 0\n\tr1 += core(task_struct, pid)\n", "x.s"))
                .isInstanceOf(AsmSyntaxException.class)
                .hasMessage("x.s:4:8: core(task_struct, pid) needs BTF to resolve against: give the assembler a "
                        + "CoreResolver (bpf4j asm --btf FILE; the default is /sys/kernel/btf/vmlinux)");
        assertThatThrownBy(() -> Assembler.assembleVerifierLog("0: (b7) r1 = core(task_struct, pid)\n"))
                .isInstanceOf(AsmSyntaxException.class).hasMessageContaining("a CO-RE reference in a verifier log");
    }

    @Test
    void withoutCoreReferencesTheResolverIsNeverAsked() {
        CoreResolver refuses = ref -> {
            throw new AssertionError("asked for " + ref);
        };
        Assembly a = Assembler.assemble(new StringReader(HEAD + "\tr1 = 8\n\texit\n"), "x.s", Dialect.LLVM, refuses);
        assertThat(a.coreRelocations()).isEmpty();
        assertThat(a).isEqualTo(Assembler.assemble(HEAD + "\tr1 = 8\n\texit\n", "x.s"));
    }
}
