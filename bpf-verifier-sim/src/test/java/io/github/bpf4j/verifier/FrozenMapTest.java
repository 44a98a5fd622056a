package io.github.bpf4j.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.asm.text.Assembler;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Loads from a frozen read-only array (libbpf's {@code .rodata}) become known constants, so branches on them are
 * decided at verification time; the same loads from a writable map stay unknown.
 */
class FrozenMapTest {

    private static final Verifier V = Verifier.forKernel(KernelProfile.linux618());

    /**
     * Reads a u32 at offset 0 and a byte at offset 4 (zero- or sign-extended); the fall-through paths read the
     * uninitialized r9, which the verifier rejects. Only constants 5 and -1 keep the walk on the good path.
     */
    static final String PROGRAM = """
            	ld_pseudo r1, 2, 0
            	r2 = *(u32 *)(r1 + 0)
            	if r2 == 5 goto +2
            	r0 = *(u8 *)(r9 + 0)
            	exit
            	r3 = *(%s *)(r1 + 4)
            	if r3 != -1 goto -4
            	r0 = 0
            	exit
            """;

    static final byte[] CONTENTS = {5, 0, 0, 0, (byte) 0xff, 0, 0, 0};

    static Verdict verify(String byteLoad, MapDef map) {
        return V.verify(new ProgramInput(Assembler.assembleInstructions(PROGRAM.formatted(byteLoad)),
                ProgType.SOCKET_FILTER, null, List.of(map)));
    }

    @Test
    void constantLoadsPruneTheDeadBranches() {
        Verdict v = verify("s8", MapDef.frozenReadOnly(MapType.ARRAY, 4, 8, 1, 0, CONTENTS));
        assertThat(v.accepted()).as(v.log()).isTrue();
        // ld_imm64, two loads, two decided jumps, r0 = 0, exit: the dead paths are never walked
        assertThat(v.processed()).isEqualTo(7);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "writable map (not frozen),  0x80, false",
        "frozen but not read-only,   0,    false",
    })
    void mapsProgramsOrUserSpaceMayChangeAreUnknown(String name, String flags, boolean unused) {
        Verdict v = verify("s8", new MapDef(MapType.ARRAY, 4, 8, 1, Integer.decode(flags)));
        assertThat(v.accepted()).isFalse();
        assertThat(v.insn()).isEqualTo(4);
        assertThat(v.message()).contains("R9 !read_ok");
    }

    @Test
    void unsignedByteLoadIsZeroExtended() {
        // u8 reads 255, not -1: the second branch goes to the bad read
        Verdict v = verify("u8", MapDef.frozenReadOnly(MapType.ARRAY, 4, 8, 1, 0, CONTENTS));
        assertThat(v.accepted()).isFalse();
        assertThat(v.message()).contains("R9 !read_ok");
        assertThat(v.log()).contains("R3=255");
    }

    @Test
    void otherContentsTakeTheOtherBranch() {
        byte[] six = CONTENTS.clone();
        six[0] = 6;
        Verdict v = verify("s8", MapDef.frozenReadOnly(MapType.ARRAY, 4, 8, 1, 0, six));
        assertThat(v.accepted()).isFalse();
        assertThat(v.processed()).isEqualTo(4);
    }

    /**
     * A lookup then a load: reaches the direct read without a {@code ld_imm64} of the value's address; only the
     * constant 5 avoids the read of the uninitialized r9.
     */
    static final String LOOKUP = """
            	r1 = 0
            	*(u32 *)(r10 - 4) = r1
            	r2 = r10
            	r2 += -4
            	ld_pseudo r1, 1, 0
            	call 1
            	if r0 == 0 goto +3
            	r0 = *(u32 *)(r0 + 0)
            	if r0 == 5 goto +1
            	r0 = *(u8 *)(r9 + 0)
            	exit
            """;

    @ParameterizedTest(name = "max_entries {0}")
    @CsvSource({"1, true", "2, false"})
    void onlySingleElementArraysAreReadDirectly(int entries, boolean accepted) {
        Verdict v = V.verify(new ProgramInput(Assembler.assembleInstructions(LOOKUP), ProgType.SOCKET_FILTER, null,
                List.of(MapDef.frozenReadOnly(MapType.ARRAY, 4, 8, entries, 0, CONTENTS))));
        assertThat(v.accepted()).as(v.log()).isEqualTo(accepted);
        if (!accepted) {
            // array_map_direct_value_addr: ENOTSUPP, nothing logged
            assertThat(v.errno()).isEqualTo("ENOTSUPP");
            assertThat(v.insn()).isEqualTo(8);
        }
    }

    @Test
    void frozenValueIsValidatedAndCompared() {
        MapDef a = MapDef.frozenReadOnly(MapType.ARRAY, 4, 16, 1, 0, CONTENTS);
        assertThat(a.flags()).isEqualTo(MapDef.F_RDONLY_PROG);
        assertThat(a.frozenValue()).hasSize(16).startsWith(CONTENTS);
        assertThat(a).isEqualTo(MapDef.frozenReadOnly(MapType.ARRAY, 4, 16, 1, 0, CONTENTS))
                .hasSameHashCodeAs(MapDef.frozenReadOnly(MapType.ARRAY, 4, 16, 1, 0, CONTENTS))
                .isNotEqualTo(new MapDef(MapType.ARRAY, 4, 16, 1, MapDef.F_RDONLY_PROG));
        assertThatThrownBy(() -> MapDef.frozenReadOnly(MapType.ARRAY, 4, 4, 1, 0, CONTENTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8 bytes");
        assertThatThrownBy(() -> new MapDef(MapType.ARRAY, 4, 8, 1, 0, CONTENTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BPF_F_RDONLY_PROG");
    }
}
