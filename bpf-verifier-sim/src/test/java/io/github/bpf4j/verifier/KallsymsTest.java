package io.github.bpf4j.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link KernelProfile.Kallsyms}: the /proc/kallsyms parser and what each kind resolves. */
class KallsymsTest {

    @Test
    void parsesNamesOfVmlinuxAndModules() {
        KernelProfile.Kallsyms k = KernelProfile.Kallsyms.parse("""
                ffffffff81000000 T _text
                ffffffff82000000 d runqueues

                0000000000000000 t nf_hook_slow	[nf_tables]
                """);
        assertThat(k.kind()).isEqualTo(KernelProfile.Kallsyms.Kind.LISTED);
        assertThat(k.resolves("runqueues", false)).isTrue();
        assertThat(k.resolves("nf_hook_slow", true)).isTrue();
        assertThat(k.resolves("schedule", true)).isFalse();
    }

    @Test
    void defaultKindsAnswerByKind() {
        assertThat(KernelProfile.Kallsyms.textOnly().resolves("schedule", true)).isTrue();
        assertThat(KernelProfile.Kallsyms.textOnly().resolves("runqueues", false)).isFalse();
        assertThat(KernelProfile.Kallsyms.all().resolves("runqueues", false)).isTrue();
        assertThat(KernelProfile.linux618().kallsyms().kind()).isEqualTo(KernelProfile.Kallsyms.Kind.TEXT_ONLY);
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of(Named.of("two_fields", "ffffffff81000000 T\n"), 1),
                Arguments.of(Named.of("address_not_hex", "ffff T ok\nzzzz T name\n"), 2),
                Arguments.of(Named.of("long_type", "ffff TT name\n"), 1),
                Arguments.of(Named.of("module_without_brackets", "\n\nffff t name nf_tables\n"), 3));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedLinesAreNamed(String text, int line) {
        assertThatThrownBy(() -> KernelProfile.Kallsyms.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("kallsyms line " + line + ":");
    }

    /** Jazzer: any text is a symbol set or an IllegalArgumentException naming the line. */
    @FuzzTest(maxDuration = "30s")
    void fuzzParse(byte[] data) {
        String text = new String(data, StandardCharsets.ISO_8859_1);
        try {
            KernelProfile.Kallsyms k = KernelProfile.Kallsyms.parse(text);
            assertThat(k.kind()).isEqualTo(KernelProfile.Kallsyms.Kind.LISTED);
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).startsWith("kallsyms line ");
        }
    }
}
