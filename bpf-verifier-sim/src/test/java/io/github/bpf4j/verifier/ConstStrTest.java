package io.github.bpf4j.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.asm.text.Assembler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code bpf_strncmp}'s constant string ({@code ARG_PTR_TO_CONST_STR}, {@code check_reg_const_str}): only a frozen
 * read-only array can hold it. The corpus records the refusals for writable and unfrozen maps (hd_str_*); the
 * frozen cases need libbpf's {@code .rodata}, which the live kernel judged the same way for a string literal
 * (accepted) and a 4-byte array without its NUL ("string is not zero-terminated").
 */
class ConstStrTest {

    private static final Verifier V = Verifier.forKernel(KernelProfile.linux618());

    private static final String PROGRAM = """
            	r6 = r1
            	r1 = 0
            	*(u64 *)(r10 - 8) = r1
            	r1 = r10
            	r1 += -8
            	r2 = 8
            	ld_pseudo r3, 2, 0
            	%s
            	call 182
            	r0 = 0
            	exit
            """;

    private static Verdict verify(String adjust, MapDef map) {
        return V.verify(new ProgramInput(Assembler.assembleInstructions(PROGRAM.formatted(adjust)),
                ProgType.KPROBE, null, List.of(map)));
    }

    private static MapDef rodata(String contents, int entries) {
        byte[] b = contents.getBytes(StandardCharsets.US_ASCII);
        return MapDef.frozenReadOnly(MapType.ARRAY, 4, b.length, entries, 0, b);
    }

    @Test
    void aNulTerminatedStringInAFrozenArrayIsAccepted() {
        assertThat(verify("r3 += 2", rodata("hello\0", 1)).accepted()).isTrue();
    }

    @Test
    void theStringMustEndInsideTheValue() {
        Verdict v = verify("r3 += 0", rodata("wxyz", 1));
        assertThat(v.message()).isEqualTo("string is not zero-terminated");
        assertThat(v.errno()).isEqualTo("EINVAL");
    }

    @Test
    void theOffsetMustBeConstant() {
        Verdict v = verify("r4 = *(u32 *)(r6 + 0)\n\tr4 &= 1\n\tr3 += r4", rodata("hello\0", 1));
        assertThat(v.message()).isEqualTo("R3 is not a constant address'");
    }

    @Test
    void aWritableArrayIsRefused() {
        Verdict v = verify("r3 += 0", new MapDef(MapType.ARRAY, 4, 6, 1, 0));
        assertThat(v.message()).isEqualTo("R3 does not point to a readonly map'");
    }
}
