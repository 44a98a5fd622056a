package io.github.bpf4j.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Jazzer: the map notation of corpus headers and {@code --map} ({@link MapDef#parse}, with its inner-map form) gives
 * a map whose notation reads back to the same map, or an IllegalArgumentException naming the text.
 */
class MapDefFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void fuzzParse(byte[] data) {
        String text = new String(data, StandardCharsets.ISO_8859_1);
        MapDef m;
        try {
            m = MapDef.parse(text);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(MapDef.parse(m.notation())).isEqualTo(m);
    }
}
