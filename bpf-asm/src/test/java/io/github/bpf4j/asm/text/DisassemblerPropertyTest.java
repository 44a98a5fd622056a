package io.github.bpf4j.asm.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any 8-byte slot, or 16 bytes starting with a 64-bit immediate load, decodes, re-encodes and prints; and the
 * default kernel style is invertible: every valid instruction, printed as a verifier-log line, assembles back to
 * itself (Raw slots are printed as the kernel prints them, without their reserved fields, and cannot).
 */
class DisassemblerPropertyTest {

    private static final List<Disassembler> STYLES =
            List.of(KernelStyle.of(), LlvmStyle.of(), LlvmStyle.of().withoutAlu32(),
                    LlvmStyle.of(LlvmStyle.nearestSymbol(Map.of("f", 0L))));

    @Provide
    Arbitrary<byte[]> slot() {
        return Arbitraries.bytes().array(byte[].class).ofSize(8);
    }

    /** 16 bytes whose first opcode is {@code 0x18}; half of them with a well-formed (zero) second slot. */
    @Provide
    Arbitrary<byte[]> ldImm64() {
        Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofSize(16);
        return Arbitraries.oneOf(any.map(b -> {
            b[0] = 0x18;
            return b;
        }), any.map(b -> {
            b[0] = 0x18;
            b[1] &= 0x6f; // dst 0..15 & 0xf keeps some bad registers, src 0..6
            b[2] = 0;
            b[3] = 0;
            for (int i = 8; i < 12; i++) {
                b[i] = 0;
            }
            return b;
        }));
    }

    /** Calls with any source register (helper, BPF function, kernel function) and any offset and immediate. */
    @Provide
    Arbitrary<byte[]> call() {
        return Arbitraries.bytes().array(byte[].class).ofSize(8).map(b -> {
            b[0] = (byte) 0x85;
            b[1] &= 0x30; // dst 0, src 0 to 3
            return b;
        });
    }

    @Property(tries = 500)
    void callsRoundTripAndPrint(@ForAll("call") byte[] bytes) {
        check(bytes);
    }

    @Property(tries = 3000)
    void slotsRoundTripAndPrint(@ForAll("slot") byte[] bytes) {
        check(bytes);
    }

    @Property(tries = 1000)
    void ldImm64RoundTripsAndPrints(@ForAll("ldImm64") byte[] bytes) {
        check(bytes);
    }

    private static void check(byte[] bytes) {
        List<Insn> insns = InsnCodec.decode(bytes);
        assertThat(InsnCodec.encode(insns)).isEqualTo(bytes);
        int pc = 0;
        for (Insn insn : insns) {
            for (Disassembler d : STYLES) {
                String text = d.format(insn, pc);
                assertThat(text).isNotBlank();
                assertThat(d.line(insn, pc)).endsWith(text);
            }
            if (insn.kind() != Insn.Kind.RAW) {
                assertThat(KernelStyle.of().format(insn, pc)).doesNotContain("invalid");
                assertThat(LlvmStyle.of().format(insn, pc)).isNotEqualTo("<unknown>");
                String line = KernelStyle.of().line(insn, pc);
                assertThat(Assembler.assembleVerifierLogByIndex(line)).as(line).containsEntry(pc, insn);
            }
            pc += insn.slots();
        }
    }
}
