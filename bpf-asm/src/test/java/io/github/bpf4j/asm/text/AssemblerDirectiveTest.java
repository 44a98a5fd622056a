package io.github.bpf4j.asm.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.Exit;
import io.github.bpf4j.asm.Goto;
import io.github.bpf4j.asm.JmpOp;
import io.github.bpf4j.asm.Jump;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.asm.text.Assembly.Binding;
import io.github.bpf4j.asm.text.Assembly.RelocationType;
import io.github.bpf4j.asm.text.Assembly.SectionFlag;
import io.github.bpf4j.asm.text.Assembly.SectionType;
import io.github.bpf4j.asm.text.Assembly.SymbolType;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One behaviour per directive, with the bytes and attributes worked out by hand. */
class AssemblerDirectiveTest {

    private static String hex(Assembly a, String section) {
        return HexFormat.of().formatHex(a.section(section).orElseThrow().content());
    }

    private static Assembly data(String body) {
        return Assembler.assemble("\t.data\n" + body);
    }

    @Test
    void byteShortLongQuadAreLittleEndian() {
        assertThat(hex(data("\t.byte 1, -1, 255\n\t.short 0x1234, -2\n\t.long 0x12345678\n\t.quad -2\n"), ".data"))
                .isEqualTo("01ffff" + "3412" + "feff" + "78563412" + "feffffffffffffff");
    }

    @Test
    void aliasesOfDataDirectives() {
        assertThat(hex(data("\t.hword 1\n\t.2byte 2\n\t.word 3\n\t.4byte 4\n\t.int 5\n\t.8byte 6\n"), ".data"))
                .isEqualTo("0100" + "0200" + "03000000" + "04000000" + "05000000" + "0600000000000000");
    }

    @Test
    void stringsWithEscapes() {
        assertThat(hex(data("\t.ascii \"a\\n\\t\\\"\\\\\\101\\x42\"\n\t.asciz \"z\"\n\t.string \"\", \"y\"\n"), ".data"))
                .isEqualTo("610a09225c4142" + "7a00" + "00" + "7900");
    }

    @Test
    void zeroSpaceAndSkipWithFill() {
        assertThat(hex(data("\t.zero 2\n\t.space 3, 0x41\n\t.skip 1, -1\n"), ".data")).isEqualTo("0000414141ff");
    }

    @Test
    void leb128() {
        assertThat(hex(data("\t.uleb128 0, 127, 128, 624485\n\t.sleb128 -1, 63, 64, -123456\n"), ".data"))
                .isEqualTo("00" + "7f" + "8001" + "e58e26" + "7f" + "3f" + "c000" + "c0bb78");
    }

    @Test
    void alignmentPadsAndRaisesSectionAlignment() {
        Assembly a = data("\t.byte 1\n\t.p2align 2\n\t.byte 2\n\t.balign 8, 0xcc\n\t.byte 3\n\t.align 2\n");
        assertThat(hex(a, ".data")).isEqualTo("01000000" + "02cccccc" + "0300");
        assertThat(a.section(".data").orElseThrow().alignment()).isEqualTo(8);
    }

    @Test
    void alignmentInCodeUsesLlvmNoOps() {
        Assembly a = Assembler.assemble("\texit\n\t.p2align 4\n\texit\n");
        assertThat(hex(a, ".text")).isEqualTo("9500000000000000" + "0000001500000000" + "9500000000000000");
        assertThat(a.section(".text").orElseThrow().instructions()).containsExactly(Exit.INSTANCE, Exit.INSTANCE);
    }

    @Test
    void sectionWithFlagsTypeAndEntrySize() {
        Assembly a = Assembler.assemble("""
                \t.section "tp/sys/enter",\"ax\",@progbits
                \texit
                \t.section .rodata.str1.1,"aMS",@progbits,1
                \t.asciz "hi"
                \t.section .bss.x,"aw",@nobits
                \t.zero 12
                \t.section tc/ingress,"ax",@progbits
                \texit
                """);
        Assembly.Section tp = a.section("tp/sys/enter").orElseThrow();
        assertThat(tp.flags()).containsExactlyInAnyOrder(SectionFlag.ALLOC, SectionFlag.EXECINSTR);
        assertThat(tp.isCode()).isTrue();
        Assembly.Section str = a.section(".rodata.str1.1").orElseThrow();
        assertThat(str.flags()).containsExactlyInAnyOrder(SectionFlag.ALLOC, SectionFlag.MERGE, SectionFlag.STRINGS);
        assertThat(str.entrySize()).isEqualTo(1);
        Assembly.Section bss = a.section(".bss.x").orElseThrow();
        assertThat(bss.type()).isEqualTo(SectionType.NOBITS);
        assertThat(bss.size()).isEqualTo(12);
        assertThat(bss.content()).isEmpty();
        assertThat(a.section("tc/ingress")).isPresent();
        assertThat(a.sections().get(0).name()).isEqualTo(".text");
    }

    @Test
    void sectionDefaultsFollowTheName() {
        Assembly a = Assembler.assemble("\t.section .rodata.x\n\t.byte 1\n\t.section .bss.y\n\t.byte 0\n"
                + "\t.section .data.z\n\t.byte 2\n\t.section other\n\t.byte 3\n\t.bss\n\t.zero 4\n\t.rodata\n\t.byte 5\n");
        assertThat(a.section(".rodata.x").orElseThrow().flags()).containsExactly(SectionFlag.ALLOC);
        assertThat(a.section(".bss.y").orElseThrow().type()).isEqualTo(SectionType.NOBITS);
        assertThat(a.section(".data.z").orElseThrow().flags())
                .containsExactlyInAnyOrder(SectionFlag.ALLOC, SectionFlag.WRITE);
        assertThat(a.section("other").orElseThrow().flags()).isEmpty();
        assertThat(a.section(".bss").orElseThrow().size()).isEqualTo(4);
        assertThat(a.section(".rodata").orElseThrow().flags()).containsExactly(SectionFlag.ALLOC);
    }

    @Test
    void previousReturnsToTheSectionBefore() {
        Assembly a = Assembler.assemble("\t.data\n\t.byte 1\n\t.text\n\texit\n\t.previous\n\t.byte 2\n");
        assertThat(hex(a, ".data")).isEqualTo("0102");
    }

    @Test
    void bindingsVisibilityTypeAndSize() {
        Assembly a = Assembler.assemble("""
                \t.globl f
                \t.type f,@function
                f:
                \texit
                .Lend:
                \t.size f, .Lend-f
                \t.weak w
                \t.hidden f
                \t.data
                \t.local o
                o:
                \t.long 0
                \t.type o,@object
                \t.size o, 4
                """);
        Assembly.Symbol f = a.symbol("f").orElseThrow();
        assertThat(f).isEqualTo(new Assembly.Symbol("f", ".text", 0, 8, SymbolType.FUNC, Binding.GLOBAL,
                Assembly.Visibility.HIDDEN));
        assertThat(a.symbol("w").orElseThrow().binding()).isEqualTo(Binding.WEAK);
        assertThat(a.symbol("w").orElseThrow().isDefined()).isFalse();
        Assembly.Symbol o = a.symbol("o").orElseThrow();
        assertThat(o.type()).isEqualTo(SymbolType.OBJECT);
        assertThat(o.binding()).isEqualTo(Binding.LOCAL);
        assertThat(o.size()).isEqualTo(4);
        assertThat(a.symbol(".Lend")).isEmpty();
    }

    @Test
    void fileMakesAFileSymbolAndDwarfFormsAreIgnored() {
        Assembly a = Assembler.assemble("""
                \t.file "prog.c"
                \t.file 1 "/src" "prog.c" md5 0x0123456789abcdef0123456789abcdef
                \t.loc 1 12 5 prologue_end
                \t.cfi_sections .debug_frame
                \t.cfi_startproc
                \texit
                \t.cfi_endproc
                """);
        assertThat(a.symbols()).containsExactly(new Assembly.Symbol("prog.c", null, 0, 0, SymbolType.FILE,
                Binding.LOCAL, Assembly.Visibility.DEFAULT));
        assertThat(hex(a, ".text")).isEqualTo("9500000000000000");
    }

    @Test
    void addrsigIsRecorded() {
        Assembly a = Assembler.assemble("\t.globl m\n\t.data\nm:\n\t.long 0\n\t.addrsig\n\t.addrsig_sym m\n");
        assertThat(a.addrsig()).isTrue();
        assertThat(a.addrsigSymbols()).extracting(Assembly.Symbol::name).containsExactly("m");
    }

    @Test
    void debugSectionsAreDropped() {
        Assembly a = Assembler.assemble("f:\n\texit\n\t.section .debug_info,\"\",@progbits\n\t.long f\n"
                + "\t.section .debug_str,\"MS\",@progbits,1\n\t.asciz \"x\"\n");
        assertThat(a.sections()).extracting(Assembly.Section::name).containsExactly(".text");
    }

    @Test
    void dataRelocationsFollowLlvmMc() {
        Assembly a = Assembler.assemble("""
                \t.text
                .Lf:
                \texit
                \t.data
                \t.globl g
                g:
                \t.long 1
                l:
                \t.long 2
                \t.quad g+8
                \t.quad l
                \t.long l
                \t.long .Lf
                \t.long l-g
                \t.long .
                """);
        Assembly.Section d = a.section(".data").orElseThrow();
        assertThat(d.relocations()).extracting(r -> r.offset() + " " + r.type() + " " + r.symbol().name())
                .containsExactly("8 BPF_64_ABS64 g", "16 BPF_64_ABS64 .data", "24 BPF_64_NODYLD32 .data",
                        "28 BPF_64_NODYLD32 .text", "36 BPF_64_ABS32 .data");
        // addends in place: g+8 -> 8, l -> 4 (its offset in .data), l -> 4, .Lf -> 0, l-g = 4, . = 36
        assertThat(hex(a, ".data")).isEqualTo("01000000" + "02000000" + "0800000000000000" + "0400000000000000"
                + "04000000" + "00000000" + "04000000" + "24000000");
        assertThat(a.symbol(".data").orElseThrow().type()).isEqualTo(SymbolType.SECTION);
    }

    @Test
    void callsAndLoadsOfSymbols() {
        Assembly a = Assembler.assemble("""
                \tcall sub
                \tcall ext
                \tr1 = map ll
                \tr2 = sub ll
                \texit
                sub:
                \texit
                """);
        Assembly.Section t = a.section(".text").orElseThrow();
        // a local function of the same section resolves in place: sub is at 56, so (56 - 0 - 8) / 8 = 6
        assertThat(t.instructions().get(0)).isEqualTo(Call.local(6));
        assertThat(t.instructions().get(1)).isEqualTo(Call.local(-1));
        assertThat(t.relocations()).extracting(r -> r.offset() + " " + r.type() + " " + r.symbol().name())
                .containsExactly("8 BPF_64_32 ext", "16 BPF_64_64 map", "32 BPF_64_64 .text");
        assertThat(a.symbol("ext").orElseThrow().binding()).isEqualTo(Binding.GLOBAL);
        assertThat(RelocationType.BPF_64_32.code()).isEqualTo(10);
    }

    @Test
    void instructionListResolvesLabels() {
        assertThat(Assembler.assembleInstructions("""
                \tr0 = 0
                loop:
                \tr0 += 1
                \tif r0 < 10 goto loop
                \tgoto +0
                \texit
                """)).containsExactly(Alu.imm(true, AluOp.MOV, Reg.R0, 0), Alu.imm(true, AluOp.ADD, Reg.R0, 1),
                Jump.imm(false, JmpOp.JLT, Reg.R0, 10, -2), Goto.of(0), Exit.INSTANCE);
    }

    @Test
    void instructionListRefusesWhatItCannotCarry() {
        assertThatThrownBy(() -> Assembler.assembleInstructions("\tr1 = map ll\n\texit\n"))
                .isInstanceOf(AsmSyntaxException.class)
                .hasMessage("<input>:1:7: this instruction needs a relocation against 'map', which a bare instruction"
                        + " list cannot carry; assemble to an object instead");
        assertThatThrownBy(() -> Assembler.assembleInstructions("\texit\n\t.byte 1\n"))
                .isInstanceOf(AsmSyntaxException.class).hasMessageContaining("data after its last instruction");
    }

    @Test
    void commentsInEveryForm() {
        Assembly a = Assembler.assemble("""
                # hash
                \tr0 = 1 // slashes
                /* block
                   spanning */ r0 = 2 /* inline */
                \t.ascii "# not a comment" # but this is
                \tr0 = 3 ; r0 = 4
                """);
        assertThat(a.section(".text").orElseThrow().instructions()).containsExactly(
                Alu.imm(true, AluOp.MOV, Reg.R0, 1), Alu.imm(true, AluOp.MOV, Reg.R0, 2),
                Alu.imm(true, AluOp.MOV, Reg.R0, 3), Alu.imm(true, AluOp.MOV, Reg.R0, 4));
        assertThat(new String(a.section(".text").orElseThrow().content(), 16, 15)).isEqualTo("# not a comment");
    }

    @Test
    void filesAreStreamedWithTheirDialectDetected(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path s = dir.resolve("prog.s");
        java.nio.file.Files.writeString(s, "\tr0 = 0\n\texit\n");
        java.nio.file.Path log = dir.resolve("prog.log");
        java.nio.file.Files.writeString(log, "0: R1=ctx()\n0: (b7) r0 = 0\n1: (95) exit\n");
        assertThat(Assembler.assembleInstructions(s)).isEqualTo(Assembler.assembleInstructions(log));
        assertThat(Assembler.assemble(s).section(".text").orElseThrow().size()).isEqualTo(16);
        java.nio.file.Path bad = dir.resolve("bad.s");
        java.nio.file.Files.write(bad, new byte[] {'\t', 'e', 'x', 'i', 't', '\n', (byte) 0xff, (byte) 0xfe, '\n'});
        assertThatThrownBy(() -> Assembler.assembleInstructions(bad)).isInstanceOf(AsmSyntaxException.class)
                .hasMessageEndingWith("the file is not UTF-8 text");
    }

    @Test
    void sectionFlagMasks() {
        assertThat(SectionFlag.maskOf(Set.of(SectionFlag.ALLOC, SectionFlag.EXECINSTR))).isEqualTo(6);
        assertThat(List.of(SectionFlag.values())).extracting(SectionFlag::letter)
                .containsExactly('w', 'a', 'x', 'M', 'S', 'T', 'R', 'e');
    }
}
