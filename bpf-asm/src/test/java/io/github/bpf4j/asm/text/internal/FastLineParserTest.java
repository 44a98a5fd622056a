package io.github.bpf4j.asm.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path takes the lines it is meant for (FastPathEquivalenceTest shows it reads them as the grammar
 * does; this shows that it is used at all) and leaves the rest to the grammar.
 */
class FastLineParserTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"r1 = r2", "w3 = w4", "r1 += 5", "w1 s>>= -0x2e", "r4 = 0x247b01271f2670d7 ll",
        "r2 = -0x5 ll", "w8 = *(u8 *)(r3 + 0x6)", "r8 = *(s32 *)(r2 - 3)", "r1 = *(u64 *)(r10)",
        "*(u32 *)(r9 + 0x32) = w8", "*(u16 *)(r1 - 0x7) = 0x48124809",
        "r1 = atomic_fetch_add((u64 *)(r5 + 0x0), r1)", "r1 = be32 r1", "if w1 s< 0x13 goto +0x2",
        "if r1 == r2 goto -1", "if r1 & 8 goto LBB0_3", "goto +0", "goto .LBB0_1", "call 14", "exit",
        "LBB0_1:", "LBB0_2: r0 = 0", "\tr1 <<= 32"})
    void takes(String line) {
        assertThat(new FastLineParser().parse(line, 1)).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"r11 = r1", "r1 = w2", "r1 = foo", "r1 = 010", "r1 = 0x100000000", "w1 = 5 ll",
        "r1 += 1 + 2", "goto +32768", "goto pc+1", "call foo", "call -1", ".text", "exit:", "r1:",
        "w1 = *(u64 *)(r1 + 0)", "*(s32 *)(r1 + 0) = 1", "r1 = atomic_fetch_add((u64 *)(r5 + 0), r2)",
        "r1 = be32 r2", "if r1 &= 2 goto +1", "exit; exit", "goto +foo", "r1 = 5ll", "lock *(u32 *)(r1 + 0) += w2"})
    void leavesToTheGrammar(String line) {
        assertThat(new FastLineParser().parse(line, 1)).isNull();
    }
}
