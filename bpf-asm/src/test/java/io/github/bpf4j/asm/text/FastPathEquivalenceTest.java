package io.github.bpf4j.asm.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast path for common instruction lines (FastLineParser) must read every input exactly as the grammar does:
 * the same {@link Assembly}, or the same {@link AsmSyntaxException} (file, line, column, message). Checked on every
 * {@code .s} and {@code .s.gz} under testdata and on generated lines, valid and corrupted.
 */
class FastPathEquivalenceTest {

    static Stream<Path> sources() throws IOException {
        Path root = AssemblerDifferentialTest.testdata();
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> list = files.filter(p -> (p.toString().endsWith(".s") || p.toString().endsWith(".s.gz"))
                    && Files.isRegularFile(p)).map(root::relativize).sorted().toList();
            assertThat(list).as("assembly files under " + root).isNotEmpty();
            return list.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void testdataSameWithAndWithoutFastPath(Path relative) throws IOException {
        String text = read(AssemblerDifferentialTest.testdata().resolve(relative));
        assertSame(text, relative.toString());
    }

    static String read(Path p) throws IOException {
        try (InputStream raw = Files.newInputStream(p);
                InputStream in = p.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[1 << 14];
            for (int n; (n = r.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        }
    }

    @Property(tries = 3000)
    void generatedLinesSameWithAndWithoutFastPath(@ForAll("lines") String line) {
        // a label after the line, so that jumps to it resolve; a label before, so that the line may redefine it
        assertSame("LBB0_0:\n" + line + "\nLBB0_1:\n\texit\n", "gen.s");
    }

    private static void assertSame(String text, String file) {
        Object fast = outcome(text, file, true);
        Object slow = outcome(text, file, false);
        assertThat(fast).as("fast path vs grammar on:\n%s", text).isEqualTo(slow);
    }

    private static Object outcome(String text, String file, boolean fastPath) {
        try {
            return Assembler.assembleLlvm(new StringReader(text), file, fastPath);
        } catch (AsmSyntaxException e) {
            return e.file() + ":" + e.line() + ":" + e.column() + ": " + e.getMessage();
        }
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> valid = Arbitraries.oneOf(templates());
        Arbitrary<String> corrupted = Combinators.combine(valid, Arbitraries.integers().between(0, 200),
                Arbitraries.of(' ', '\t', '-', '+', '=', '*', '(', ')', ',', ':', '.', 'r', 'w', 'x', 'l', 's', '0',
                        '1', '9', '<', '>', '&', '!', '#', ';', 'g', '$', '_'),
                Arbitraries.integers().between(0, 2)).as((s, at, c, how) -> corrupt(s, at, c, how));
        return Arbitraries.oneOf(valid, corrupted, corrupted);
    }

    private static String corrupt(String s, int at, char c, int how) {
        if (s.isEmpty()) {
            return String.valueOf(c);
        }
        int i = at % s.length();
        return switch (how) {
            case 0 -> s.substring(0, i) + c + s.substring(i);
            case 1 -> s.substring(0, i) + s.substring(i + 1);
            default -> s.substring(0, i) + c + s.substring(i + 1);
        };
    }

    private static List<Arbitrary<String>> templates() {
        Arbitrary<String> reg = Arbitraries.of("r0", "r1", "r9", "r10", "w0", "w3", "w10", "r11", "w11", "r01",
                "r", "rx", "r1.", "R1");
        Arbitrary<String> num = Arbitraries.of("0", "5", "0x1f", "0X1F", "-7", "- 7", "0x7fffffff", "0xffffffff",
                "0x100000000", "-0x80000000", "-0x80000001", "010", "08", "0b11", "0x", "18446744073709551615",
                "99999999999999999999", "0xffffffffffffffff", "0x8000000000000000", "-0xffffffffffffffff", "1+2",
                "32767", "32768", "-32768", "-32769", "0x7fff", "0xffff", "foo", "LBB0_1", "5ll");
        Arbitrary<String> alu = Arbitraries.of("+=", "-=", "*=", "/=", "|=", "&=", "<<=", ">>=", "s>>=", "%=",
                "^=", "s/=", "s%=", "=", "==", "<<", "s>=");
        Arbitrary<String> cmp = Arbitraries.of("==", "!=", ">", ">=", "<", "<=", "s>", "s>=", "s<", "s<=", "&",
                "&=", "=", ">>", "s>>=");
        Arbitrary<String> size = Arbitraries.of("u8", "u16", "u32", "u64", "s8", "s16", "s32", "s64", "u128", "x8");
        Arbitrary<String> sign = Arbitraries.of("+", "-", "", "+ -");
        Arbitrary<String> target = Arbitraries.of("+0", "+3", "-1", "+32767", "+32768", "-32768", "-32769",
                "LBB0_1", "LBB0_0", "missing", ".LBB0_1", "pc+1", "+0x10", "+ 2", "exit", "r1", "+foo");
        Arbitrary<String> ws = Arbitraries.of(" ", "\t", "", "  ");
        Arbitrary<String> atomic = Arbitraries.of("atomic_fetch_add", "atomic_fetch_or", "atomic_fetch_and",
                "atomic_fetch_xor", "atomic_xchg", "atomic64_fetch_add", "atomic64_xchg", "atomic_cmpxchg",
                "atomic_fetch_sub");
        Arbitrary<String> swap = Arbitraries.of("be16", "be32", "be64", "le16", "le64", "bswap16", "bswap64",
                "be8", "bswap", "foo");
        Arbitrary<String> label = Arbitraries.of("LBB0_2:", ".Ltmp0:", "prog:", "LBB0_1:", "exit:", "r1:",
                ".section:", "a.b$c:", "", "", "", "x :");
        return List.of(
                Combinators.combine(reg, ws, alu, ws, reg).as((a, b, c, d, e) -> a + b + c + d + e),
                Combinators.combine(reg, ws, alu, ws, num).as((a, b, c, d, e) -> a + b + c + d + e),
                Combinators.combine(reg, num, Arbitraries.of(" ll", "ll", " ll x", "")).as(
                        (a, b, c) -> a + " = " + b + c),
                Combinators.combine(reg, size, reg, sign, num).as(
                        (d, s, a, g, o) -> d + " = *(" + s + " *)(" + a + " " + g + " " + o + ")"),
                Combinators.combine(size, reg, sign, num, reg).as(
                        (s, a, g, o, v) -> "*(" + s + " *)(" + a + " " + g + " " + o + ") = " + v),
                Combinators.combine(size, reg, sign, num, num).as(
                        (s, a, g, o, v) -> "*(" + s + "*)(" + a + g + o + ")=" + v),
                Combinators.combine(reg, atomic, size, reg, num, reg).as(
                        (d, n, s, a, o, v) -> d + " = " + n + "((" + s + " *)(" + a + " + " + o + "), " + v + ")"),
                Combinators.combine(reg, swap, reg).as((d, n, s) -> d + " = " + n + " " + s),
                Combinators.combine(reg, cmp, reg, target).as((a, c, b, t) -> "if " + a + " " + c + " " + b
                        + " goto " + t),
                Combinators.combine(reg, cmp, num, target, ws).as((a, c, b, t, w) -> "if" + w + a + w + c + w + b
                        + w + "goto " + t),
                target.map(t -> "goto " + t),
                num.map(n -> "call " + n),
                Arbitraries.of("exit", "exit 1", "exit;exit", "callx r1", "gotol +1", "goto+1", "call pc+1",
                        "r1 = -r1", "lock *(u64 *)(r1 + 0) += r2", ".byte 1", "iffy: exit", "if r1 > r2 goto +1 ;"),
                Combinators.combine(label, ws, Arbitraries.of("r1 = r2", "exit", "goto LBB0_1", "", ".byte 1",
                        "r1 += 0x10", "call 5")).as((l, w, i) -> l + w + i));
    }
}
