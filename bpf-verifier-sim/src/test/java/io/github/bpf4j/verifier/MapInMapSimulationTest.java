package io.github.bpf4j.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.asm.text.Assembler;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Maps of maps offline: the header notation, the log spellings of the lookup's result before and after the null
 * check (a named outer map prints {@code map=NAME}, the unnamed inner template does not), and one crafted program
 * per rejection. The live kernel's answers for the same shapes are the corpus {@code mim_*} programs.
 */
class MapInMapSimulationTest {

    private static final Verifier VERIFIER = Verifier.forKernel(KernelProfile.linux618(2));

    private static final String LOOKUP_OUTER = """
            r1 = 0
            *(u32 *)(r10 - 4) = r1
            r2 = r10
            r2 += -4
            r1 = map[fd:0]
            call 1
            """;

    private static Verdict run(String body, MapDef... maps) {
        return VERIFIER.verify(new ProgramInput(Assembler.assembleInstructions(body), ProgType.SOCKET_FILTER, null,
                List.of(maps)));
    }

    @Test
    void parseNamesTheInnerTemplate() {
        MapDef m = MapDef.parse("array_of_maps:4:4:8(inner=hash:8:16:32:0x1)");
        assertThat(m.type()).isEqualTo(MapType.ARRAY_OF_MAPS);
        assertThat(m.inner()).isEqualTo(new MapDef(MapType.HASH, 8, 16, 32, 1));
        assertThat(m.name()).isEmpty();
        assertThat(MapDef.parse("hash:4:8:16").inner()).isNull();
        for (String text : new String[] {"array_of_maps:4:4:8(inner=hash:8:16:32:0x1)", "array:4:64:1:0x80",
                                         "hash:4:8:16"}) {
            assertThat(MapDef.parse(text).notation()).isEqualTo(text);
        }
        assertThat(MapDef.mapOfMaps(MapType.HASH_OF_MAPS, 4, 2, 0, MapDef.parse("array:4:8:1")).valueSize())
                .isEqualTo(4);
    }

    static Stream<Arguments> badDefinitions() {
        return Stream.of(
                Arguments.of(Named.of("map_of_maps_without_inner", "array_of_maps:4:4:8"),
                        "a array_of_maps map needs its inner map template (inner_map_fd)"),
                Arguments.of(Named.of("inner_on_plain_map", "hash:4:4:8(inner=array:4:8:1)"),
                        "only a map of maps has an inner map, not a hash map"),
                Arguments.of(Named.of("two_levels", "array_of_maps:4:4:8(inner=array_of_maps:4:4:1(inner=array:4:8:1))"),
                        "an inner map has no inner map"),
                Arguments.of(Named.of("unclosed", "array_of_maps:4:4:8(inner=array:4:8:1"),
                        "expected TYPE:KEY:VALUE:ENTRIES[:FLAGS](inner=TYPE:KEY:VALUE:ENTRIES[:FLAGS])"),
                Arguments.of(Named.of("bad_inner_size", "array_of_maps:4:4:8(inner=array:4:x:1)"),
                        "sizes must be decimal numbers"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDefinitions")
    void badDefinitionsAreRefusedWithTheReason(String text, String reason) {
        assertThatThrownBy(() -> MapDef.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void namesLongerThanTheKernelKeepsAreRefused() {
        assertThatThrownBy(() -> MapDef.parse("hash:4:8:1").withName("sixteen_chars_xx"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer than 15");
    }

    @Test
    void lookupGivesTheOuterValueThenTheInnerMapPointer() {
        // a hash inner map: a constant key into an inner array would make the second lookup non-NULL
        MapDef outer = MapDef.parse("array_of_maps:4:4:8(inner=hash:4:8:1)").withName("buckets");
        // fail at the end so that the walk is printed
        Verdict v = run(LOOKUP_OUTER + """
                if r0 == 0 goto +5
                r1 = r0
                r2 = r10
                r2 += -4
                call 1
                r0 = *(u64 *)(r0 + 0)
                r0 = 0
                exit
                """, outer);
        assertThat(v.log()).contains("R1=map_ptr(map=buckets,ks=4,vs=4)")
                .contains("R0=map_value_or_null(id=1,map=buckets,ks=4,vs=4)")
                .contains("; R0=map_ptr(ks=4,vs=8)")
                .contains("R0=map_value_or_null(id=2,ks=4,vs=8)");
        assertThat(v.message()).isEqualTo("R0 invalid mem access 'map_value_or_null'");
    }

    static Stream<Arguments> rejections() {
        String aom = "array_of_maps:4:4:8(inner=array:4:8:1)";
        return Stream.of(
                rejected("update_outer", """
                        r1 = 0
                        *(u32 *)(r10 - 4) = r1
                        r2 = r10
                        r2 += -4
                        r3 = r10
                        r3 += -4
                        r4 = 0
                        r1 = map[fd:0]
                        call 2
                        r0 = 0
                        exit
                        """, aom, "cannot pass map_type 12 into func bpf_map_update_elem#2"),
                rejected("delete_outer", """
                        r1 = 0
                        *(u32 *)(r10 - 4) = r1
                        r2 = r10
                        r2 += -4
                        r1 = map[fd:0]
                        call 3
                        r0 = 0
                        exit
                        """, "hash_of_maps:4:4:8(inner=hash:4:8:2)",
                        "cannot pass map_type 13 into func bpf_map_delete_elem#3"),
                rejected("outer_result_unchecked", LOOKUP_OUTER + "r1 = r0\nr2 = r10\nr2 += -4\ncall 1\nr0 = 0\nexit\n",
                        aom, "R1 type=map_value_or_null expected=map_ptr"),
                rejected("write_through_map_ptr", LOOKUP_OUTER + "if r0 == 0 goto +2\nr1 = 0\n*(u32 *)(r0 + 0) = r1\n"
                        + "r0 = 0\nexit\n", "hash_of_maps:4:4:8(inner=hash:4:8:2)", "only read from bpf_htab is supported"),
                rejected("map_ptr_arithmetic", LOOKUP_OUTER + "if r0 == 0 goto +1\nr0 += 8\nr0 = 0\nexit\n", aom,
                        "R0 pointer arithmetic on map_ptr prohibited"),
                rejected("inner_value_past_end", LOOKUP_OUTER + """
                        if r0 == 0 goto +6
                        r1 = r0
                        r2 = r10
                        r2 += -4
                        call 1
                        if r0 == 0 goto +1
                        r0 = *(u64 *)(r0 + 4)
                        r0 = 0
                        exit
                        """, aom, "invalid access to map value, value_size=8 off=4 size=8\n"
                        + "R0 min value is outside of the allowed memory range"));
    }

    private static Arguments rejected(String name, String body, String map, String message) {
        return Arguments.of(Named.of(name, body), map, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejectedWithTheKernelsMessage(String body, String map, String message) {
        Verdict v = run(body, MapDef.parse(map));
        assertThat(v.internalBug()).isNull();
        assertThat(v.accepted()).isFalse();
        assertThat(v.message()).isEqualTo(message);
    }
}
