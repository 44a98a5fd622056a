package io.github.bpf4j.asm.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One crafted input per rejection path of the assembler: the exact message, line and column. */
class AssemblerErrorTest {

    static Stream<Arguments> malformed() {
        return Stream.of(
            Arguments.of("unknown register r11", "\tr11 = 1\n", "unknown register 'r11' (registers are r0 to r10, or w0 to w10)", 1, 2),
            Arguments.of("unknown register r-1", "\tr-1 = 1\n", "unknown register 'r-1'", 1, 2),
            Arguments.of("unknown register x3", "\tr1 = x3\n", "unknown register 'x3'", 1, 7),
            Arguments.of("symbol without ll", "\tr1 = my_map\n", "'my_map' is a symbol: write 'r1 = my_map ll' to load its address", 1, 7),
            Arguments.of("store to nobits", "\t.bss\n\t.long 5\n", "non-zero data in section .bss, which has no bits (@nobits): only zeros may go there", 2, 8),
            Arguments.of("label in verifier mode via section diff", "\t.data\na:\n\t.text\nb:\n\t.long a - b\n", "cannot relocate a difference of symbols in different sections ('a' - 'b')", 5, 10),
            Arguments.of("empty .section name", "\t.section \"\",\"a\",@progbits\n", ".section needs a name", 1, 11),
            Arguments.of("bad directive argument", "\t.p2align foo\n", "an alignment must be a constant", 1, 11),
            Arguments.of("size too many args", "\t.size f, 1, 2\n", ".size takes 2 arguments, found 3", 1, 14),
            Arguments.of("string where number expected", "\t.byte \"x\"\n", "expected an expression, found '\"x\"'", 1, 8),
            Arguments.of("unknown register x3 dst", "\tx3 += 1\n", "unknown register 'x3'", 1, 2),
            Arguments.of("unknown register in memref", "\tr1 = *(u32 *)(x3 + 0)\n", "unknown register 'x3'", 1, 16),
            Arguments.of("unknown mnemonic", "\tmov r1, r2\n", "unknown mnemonic 'mov'", 1, 2),
            Arguments.of("unknown mnemonic after label", "foo:\tnop\n", "unknown mnemonic 'nop'", 1, 6),
            Arguments.of("offset too large", "\tr1 = *(u64 *)(r2 + 32768)\n", "offset 32768 does not fit in 16 bits (-32768 to 32767)", 1, 19),
            Arguments.of("offset too small", "\t*(u8 *)(r10 - 32769) = 1\n", "offset -32769 does not fit in 16 bits (-32768 to 32767)", 1, 14),
            Arguments.of("immediate too large", "\tr1 += 0x100000000\n", "immediate 0x100000000 does not fit in 32 bits", 1, 8),
            Arguments.of("immediate too small", "\tw1 = -2147483649\n", "immediate -2147483649 does not fit in 32 bits; write 'w1 = -2147483649 ll' for a 64-bit constant", 1, 7),
            Arguments.of("missing ll", "\tr1 = 0x123456789\n", "immediate 0x123456789 does not fit in 32 bits; write 'r1 = 0x123456789 ll' for a 64-bit constant", 1, 7),
            Arguments.of("jump offset out of range", "\tgoto +32768\n", "jump offset +32768 is out of range (-32768 to 32767)", 1, 7),
            Arguments.of("jump target too far", "\tgoto far\n\t.zero 524288\nfar:\n\texit\n", "jump target 'far' is 65536 instructions away; the 16-bit offset reaches -32768 to 32767 (gotol reaches further)", 1, 7),
            Arguments.of("undefined label", "\tif r1 == 0 goto LBB0_9\n\texit\n", "undefined label 'LBB0_9'", 1, 18),
            Arguments.of("undefined temporary label in data", "\t.data\n\t.long .Lnowhere\n", "undefined label '.Lnowhere'", 2, 8),
            Arguments.of("duplicate label", "a:\n\texit\na:\n", "symbol 'a' is already defined at line 1", 3, 1),
            Arguments.of("bad size", "\tr1 = *(u24 *)(r2 + 0)\n", "unknown access size 'u24' (expected u8, u16, u32 or u64)", 1, 9),
            Arguments.of("signed 64-bit load", "\tr1 = *(s64 *)(r2 + 0)\n", "a 64-bit load has nothing to sign-extend: write u64", 1, 9),
            Arguments.of(".set of a label", "a:\n\t.set a, 1\n", "symbol 'a' is already defined at line 1; .set and .equ can only assign a symbol they define", 2, 7),
            Arguments.of(".set of a non-constant", "\t.set x, y\n", "the value of .set (numbers, symbols assigned above) must be a constant", 1, 10),
            Arguments.of("signed size in store", "\t*(s32 *)(r2 + 0) = 1\n", "'s32' is only for sign-extending loads; write u32", 1, 4),
            Arguments.of("mixing w and r", "\tw1 += r2\n", "mixing w and r registers: 'w1' and 'r2' must both be w registers", 1, 8),
            Arguments.of("mixing in jump", "\tif r1 > w2 goto +1\n", "mixing w and r registers: 'r1' and 'w2' must both be r registers", 1, 10),
            Arguments.of("w in 64-bit load", "\tw1 = *(u64 *)(r2 + 0)\n", "this load fills a 64-bit register: write r1", 1, 2),
            Arguments.of("w address", "\tr1 = *(u32 *)(w2 + 0)\n", "an address register must be a 64-bit register: write r2", 1, 16),
            Arguments.of("garbage", "\t@@@\n", "unexpected '@', expected end of line, ';'", 1, 2),
            Arguments.of("garbage char", "\tr1 = 1 ` \n", "unexpected character '`'", 1, 9),
            Arguments.of("unterminated string", "\t.ascii \"abc\n", "unterminated string", 1, 9),
            Arguments.of("section without name", "\t.section\n", ".section needs a name", 1, 10),
            Arguments.of("section bad type", "\t.section foo,\"a\",@note\n", "unsupported section type '@note' (expected @progbits or @nobits)", 1, 19),
            Arguments.of("section bad flag", "\t.section foo,\"aq\",@progbits\n", "unknown section flag 'q' (known: a w x M S T R e)", 1, 17),
            Arguments.of("bad p2align", "\t.p2align 99\n", "alignment 2^99 out of range (0 to 16)", 1, 11),
            Arguments.of("bad byte value", "\t.data\n\t.byte 256\n", "value 256 does not fit in 1 byte", 2, 8),
            Arguments.of("byte relocation", "\t.data\n\t.byte sym\n", "a 1-byte field cannot hold a relocation against 'sym' (BPF relocates 4- and 8-byte fields)", 2, 8),
            Arguments.of("unknown directive", "\t.frobnicate 1\n", "unknown directive '.frobnicate'", 1, 2),
            Arguments.of("type without symbol", "\t.type 5,@function\n", "expected a symbol name, found '5'", 1, 8),
            Arguments.of("bad symbol type", "\t.type f,@tls_object\n", "unsupported symbol type '@tls_object' (expected @function, @object or @notype)", 1, 10),
            Arguments.of("unknown escape", "\t.ascii \"a\\qb\"\n", "unknown escape '\\q' in string", 1, 11),
            Arguments.of("ll on register", "\tr1 = r2 ll\n", "'ll' loads a constant or a symbol, not a register", 1, 10),
            Arguments.of("neg other register", "\tr1 = -r2\n", "negation works in place: write r1 = -r1", 1, 8),
            Arguments.of("endian w", "\tr1 = be16 r2\n", "byte swaps work in place: write r1 = be16 r1", 1, 12),
            Arguments.of("bad endian width", "\tr1 = be8 r1\n", "unknown operation 'be8' (expected be16, le32, bswap64, ...)", 1, 7),
            Arguments.of("atomic bad op", "\tlock *(u64 *)(r1 + 0) -= r2\n", "'-=' has no atomic form (+=, |=, &=, ^=)", 1, 24),
            Arguments.of("atomic byte", "\tlock *(u8 *)(r1 + 0) += w2\n", "atomic operations are u32 or u64", 1, 7),
            Arguments.of("fetch other register", "\tr2 = atomic_fetch_add((u64 *)(r1 + 0), r3)\n", "the fetched value returns in the operand register: write r3 = ...", 1, 41),
            Arguments.of("cmpxchg not r0", "\tr1 = cmpxchg_64(r1 + 0, r0, r2)\n", "cmpxchg compares with and returns into r0", 1, 2),
            Arguments.of("instruction in bss", "\t.bss\n\texit\n", "an instruction in section .bss, which has no bits (@nobits): only zeros may go there", 2, 2),
            Arguments.of("number too large", "\tr1 = 0x10000000000000000 ll\n", "number 0x10000000000000000 does not fit in 64 bits", 1, 7),
            Arguments.of("bad octal", "\tr1 = 09\n", "invalid digit '9' in octal number 09", 1, 7),
            Arguments.of("unexpected end", "\tr1 +=\n", "unexpected end of line, expected register, '-', '~', '(', number, directive, identifier", 1, 7),
            Arguments.of("jump into other section", "\t.section a,\"ax\",@progbits\nx:\n\texit\n\t.text\n\tgoto x\n", "jump target 'x' is in section a, not in .text", 5, 7),
            Arguments.of("nop padding 4", "\t.text\n\t.long 1\n\t.p2align 3\n", "cannot pad 4 bytes of code section .text with no-op instructions, which are 8 bytes", 3, 2),
            Arguments.of("call too large", "\tcall 0x100000000\n", "helper number 4294967296 does not fit in 32 bits", 1, 7),
            Arguments.of("deep nesting", "\tr1 = " + "-".repeat(1200) + "1\n", "line has more than 1000 parentheses and signs", 1, 1007),
            Arguments.of("pkt dst", "\tr1 = *(u8 *)skb[12]\n", "packet loads write r0", 1, 2),
            Arguments.of("addr space", "\tr1 = addr_space_cast(r2, 2, 0)\n", "addr_space_cast converts between address spaces 0 and 1 only", 1, 27),
            Arguments.of("movsx w s32", "\tw1 = (s32)w2\n", "(s32) extends into a 64-bit register: write r1", 1, 8),
            Arguments.of("block comment ok then error", "/* multi\n line */ r1 = r99\n", "unknown register 'r99' (registers are r0 to r10, or w0 to w10)", 2, 15),
            Arguments.of("pseudo kind", "\tld_pseudo r1, 9, 1\n", "unknown pseudo source 9 (0 to 6)", 1, 16));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void rejectsWithPreciseMessage(String name, String input, String reason, int line, int column) {
        assertThatThrownBy(() -> Assembler.assemble(input, "bad.s"))
                .isInstanceOfSatisfying(AsmSyntaxException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.column()).isEqualTo(column);
                    assertThat(e.file()).isEqualTo("bad.s");
                    assertThat(e.getMessage()).isEqualTo("bad.s:" + line + ":" + column + ": " + reason);
                });
    }

    @Test
    void expectedTokensAreNamedForSyntaxErrors() {
        assertThatThrownBy(() -> Assembler.assemble("\tr1 = *(u32 *)(x3 + 0)\n"))
                .isInstanceOfSatisfying(AsmSyntaxException.class, e -> assertThat(e.expected()).isEqualTo("register"));
        assertThatThrownBy(() -> Assembler.assemble("\tr1 +=\n"))
                .isInstanceOfSatisfying(AsmSyntaxException.class,
                        e -> assertThat(e.expected()).startsWith("register"));
    }

    @Test
    void antlrPrintsNothingOnStderr() {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true));
        try {
            for (String bad : new String[] {"\t@@@\n", "\tr1 = = =\n", "\t`\n", "\t.section\n"}) {
                assertThatThrownBy(() -> Assembler.assemble(bad)).isInstanceOf(AsmSyntaxException.class);
            }
        } finally {
            System.setErr(saved);
        }
        assertThat(captured.toString()).isEmpty();
    }
}
