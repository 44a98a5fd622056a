package io.github.bpf4j.btf.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.asm.CoreRef;
import io.github.bpf4j.asm.CoreResolver;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfBuilder;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.btf.BtfType;
import io.github.bpf4j.btf.BtfType.Member;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * LocalTypes on a small crafted BTF: access strings through anonymous members and arrays, the local BTF it keeps
 * (roots in full, pointees declared ahead), flavors, and one input per refusal. bpf-elf's AsmCoreObjectTest compares
 * it with every relocation clang wrote into testdata's objects.
 */
class LocalTypesTest {

    /**
     * {@code struct task { int pid; struct task *parent; union { int a; struct { long b; int c; }; }; char comm[16];
     * struct other *o; }; struct other { int x; }; enum color { RED, GREEN = 7 }; typedef struct task task_t;}
     */
    static Btf source() {
        BtfBuilder b = Btf.builder();
        int i32 = b.addInt("int", 4, BtfType.IntEncoding.SIGNED);
        int i64 = b.addInt("long", 8, BtfType.IntEncoding.SIGNED);
        int chr = b.addInt("char", 1, BtfType.IntEncoding.SIGNED);
        int task = b.addStruct("task", 0, List.of()); // set below: it points to itself
        int other = b.addStruct("other", 4, List.of(Member.of("x", i32, 0)));
        int taskPtr = b.addPtr(task);
        int otherPtr = b.addPtr(other);
        int inner = b.addStruct("", 16, List.of(Member.of("b", i64, 0), Member.of("c", i32, 64)));
        int anon = b.addUnion("", 16, List.of(Member.of("a", i32, 0), Member.of("", inner, 0)));
        int comm = b.addArray(chr, i32, 16);
        b.set(task, new BtfType.Struct("task", 56, List.of(Member.of("pid", i32, 0), Member.of("parent", taskPtr, 64),
                Member.of("", anon, 128), Member.of("comm", comm, 256), Member.of("o", otherPtr, 384))));
        b.add(new BtfType.Enum("color", 4, false, List.of(new BtfType.EnumValue("RED", 0),
                new BtfType.EnumValue("GREEN", 7))));
        b.addTypedef("task_t", task);
        return b.build();
    }

    static Stream<Arguments> resolved() {
        return Stream.of(
            Arguments.of("plain member", CoreRef.fieldOffset("task", "parent"), "0:1", 8L),
            Arguments.of("through anonymous members", CoreRef.fieldOffset("task", "c"), "0:2:1:1", 24L),
            Arguments.of("array element", CoreRef.fieldOffset("task", "comm[3]"), "0:3:3", 35L),
            Arguments.of("field size", CoreRef.fieldSize("task", "comm"), "0:3", 16L),
            Arguments.of("field exists", CoreRef.fieldExists("struct task", "o"), "0:4", 1L),
            Arguments.of("signed", CoreRef.fieldSigned("task", "pid"), "0:0", 1L),
            Arguments.of("type size", CoreRef.typeSize("task"), "0", 56L),
            Arguments.of("type size of a typedef", CoreRef.typeSize("typedef task_t"), "0", 56L),
            Arguments.of("type exists", CoreRef.typeExists("other"), "0", 1L),
            Arguments.of("enumerator value", CoreRef.enumValue("color", "GREEN"), "1", 7L),
            Arguments.of("enumerator exists", CoreRef.enumValueExists("enum color", "RED"), "0", 1L));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resolved")
    void resolvesAsClangWrites(String name, CoreRef ref, String access, long value) {
        CoreResolver.Resolved r = LocalTypes.of(source()).resolve(ref);
        assertThat(r.accessString()).isEqualTo(access);
        assertThat(r.localValue()).isEqualTo(value);
    }

    @Test
    void keepsTheRootsInFullAndDeclaresWhatTheyPointTo() {
        LocalTypes local = LocalTypes.of(source());
        CoreResolver.Resolved r = local.resolve(CoreRef.fieldOffset("task", "pid"));
        Btf btf = local.btf();
        assertThat(r.typeId()).isEqualTo(1);
        assertThat(btf.type(1)).isInstanceOf(BtfType.Struct.class);
        assertThat(btf.name(1)).isEqualTo("task");
        // struct other is reached through a pointer only: a forward declaration; task points to itself, in full
        assertThat(btf.idsOf(BtfKind.FWD).mapToObj(btf::name).toList()).containsExactly("other");
        assertThat(btf.idsOf(BtfKind.STRUCT).count()).isEqualTo(2); // task and the anonymous inner struct
        // a second reference to struct other makes it a root: now in full as well, ids before it unchanged
        CoreResolver.Resolved o = local.resolve(CoreRef.fieldOffset("other", "x"));
        assertThat(local.btf().type(o.typeId())).isInstanceOf(BtfType.Struct.class);
        assertThat(local.btf().type(1)).isEqualTo(btf.type(1));
        // the type ids a TYPE_ID relocation holds are those of the local BTF
        assertThat(local.resolve(CoreRef.typeIdLocal("task")).localValue()).isEqualTo(1);
        assertThat(local.resolve(CoreRef.typeIdTarget("task")).localValue()).isEqualTo(1);
    }

    @Test
    void aFlavorIsTakenFromItsEssentialNameAndWrittenUnderItsOwn() {
        LocalTypes local = LocalTypes.of(source());
        CoreResolver.Resolved r = local.resolve(CoreRef.fieldOffset("task___old", "comm"));
        assertThat(local.btf().name(r.typeId())).isEqualTo("task___old");
        assertThat(r.accessString()).isEqualTo("0:3");
        assertThat(local.resolve(CoreRef.fieldOffset("task___old", "pid")).typeId()).isEqualTo(r.typeId());
    }

    static Stream<Arguments> refused() {
        return Stream.of(
            Arguments.of("unknown type", CoreRef.fieldOffset("nope", "x"),
                    "the BTF has no struct, union or typedef named 'nope'"),
            Arguments.of("unknown flavor base", CoreRef.fieldOffset("nope___v2", "x"),
                    "the BTF has no struct, union or typedef named 'nope___v2' or 'nope'"),
            Arguments.of("keyword of another kind", CoreRef.typeSize("union task"), "the BTF has no union named"),
            Arguments.of("unknown member", CoreRef.fieldOffset("task", "tgid"), "struct task has no member 'tgid'"),
            Arguments.of("through a pointer", CoreRef.fieldOffset("task", "parent.pid"),
                    "a path does not go through a pointer; relocate each dereference on its own, e.g. core(task, pid)"),
            Arguments.of("index of a non-array", CoreRef.fieldOffset("task", "pid[1]"), "not an array: no index [1]"),
            Arguments.of("index past the end", CoreRef.fieldOffset("task", "comm[16]"),
                    "index [16] is past the end of struct task.comm (16 elements)"),
            Arguments.of("member of an int", CoreRef.fieldOffset("task", "pid.x"), "which has no member 'x'"),
            Arguments.of("unknown enumerator", CoreRef.enumValue("color", "BLUE"), "enum color has no enumerator 'BLUE'"),
            Arguments.of("enumerator of a struct", CoreRef.enumValue("typedef task_t", "RED"), "is not an enum"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusesWithAMessage(String name, CoreRef ref, String message) {
        assertThatThrownBy(() -> LocalTypes.of(source()).resolve(ref)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }
}
