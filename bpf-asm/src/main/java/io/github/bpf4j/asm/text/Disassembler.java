package io.github.bpf4j.asm.text;

import io.github.bpf4j.asm.Insn;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns instructions into text, in the style of the kernel's verifier log ({@link KernelStyle}) or of
 * {@code llvm-objdump -d} ({@link LlvmStyle}). Disassemblers are immutable and thread-safe.
 *
 * <pre>{@code
 * Disassembler.kernel().format(insn, 12)    // "(69) r5 = *(u16 *)(r1 +0)"
 * Disassembler.kernel().listing(insns)      // ["0: (b7) r0 = 0", "1: (95) exit"]
 * Disassembler.llvm().format(insn, 12)      // "r5 = *(u16 *)(r1 + 0x0)"
 * }</pre>
 */
public sealed interface Disassembler permits KernelStyle, LlvmStyle {

    /**
     * The text of {@code insn} without index prefix. {@code pc} is the slot index of the instruction; the LLVM
     * style uses it to label jump targets, the kernel style ignores it (the kernel prints relative offsets only).
     */
    String format(Insn insn, int pc);

    /** The text of one instruction at slot 0. */
    default String format(Insn insn) {
        return format(insn, 0);
    }

    /** The line for {@code insn} at slot index {@code pc}, prefixed with the index as the style prints it. */
    String line(Insn insn, int pc);

    /** One line per instruction, numbered by slot index (a 64-bit immediate load takes two slots). */
    default List<String> listing(List<? extends Insn> insns) {
        List<String> out = new ArrayList<>(insns.size());
        int pc = 0;
        for (Insn insn : insns) {
            out.add(line(insn, pc));
            pc += insn.slots();
        }
        return out;
    }

    /** The verifier-log style with the default callbacks. */
    static KernelStyle kernel() {
        return KernelStyle.of();
    }

    /** The {@code llvm-objdump-19 -d --mcpu=v3} style with the default callbacks. */
    static LlvmStyle llvm() {
        return LlvmStyle.of();
    }
}
