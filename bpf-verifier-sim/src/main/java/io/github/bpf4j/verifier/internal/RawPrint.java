package io.github.bpf4j.verifier.internal;

import io.github.bpf4j.asm.Raw;

/**
 * The text {@code print_bpf_insn} (kernel/bpf/disasm.c, Linux 6.18) gives a slot the model cannot represent as
 * a valid instruction (reserved fields set, registers above r10). The verifier prints such a slot before it
 * rejects it, reading the fields as they are; the asm module's kernel style prints these slots as
 * {@code invalid: ...} instead, so the log needs this fallback.
 */
final class RawPrint {
    private RawPrint() {}

    private static final String[] ALU_OPS = {"+=", "-=", "*=", "/=", "|=", "&=", "<<=", ">>=", "neg", "%=", "^=",
                                             "=", "s>>=", "endian", "BUG", "BUG"};
    private static final String[] JMP_OPS = {"jmp", "==", ">", ">=", "&", "!=", "s>", "s>=", "call", "exit", "<",
                                             "<=", "s<", "s<=", "BUG", "BUG"};
    private static final String[] SIZES = {"u32", "u16", "u8", "u64"};

    private static String signed(int v) {
        return v < 0 ? Integer.toString(v) : "+" + v;
    }

    /** The kernel's text of {@code raw} (without the {@code (xx) } opcode prefix), or {@code null}. */
    static String format(Raw raw, String helperName) {
        int code = raw.code();
        int cls = code & 7;
        int op = code & 0xf0;
        boolean x = (code & 8) != 0;
        int dst = raw.dstReg();
        int src = raw.srcReg();
        int off = raw.off();
        int imm = raw.imm();
        switch (cls) {
            case 4, 7 -> {
                char r = cls == 7 ? 'r' : 'w';
                if (op == 0xd0) {
                    String kind = cls == 7 ? "bswap" : x ? "be" : "le";
                    return "r" + dst + " = " + kind + imm + " r" + dst;
                }
                if (op == 0x80) {
                    return r + "" + dst + " = -" + r + dst;
                }
                if (x) {
                    return r + "" + dst + " " + ALU_OPS[op >> 4] + " " + r + src;
                }
                return r + "" + dst + " " + ALU_OPS[op >> 4] + " " + imm;
            }
            case 1 -> {
                return "r" + dst + " = *(" + SIZES[(code >> 3) & 3] + " *)(r" + src + " " + signed(off) + ")";
            }
            case 2 -> {
                return "*(" + SIZES[(code >> 3) & 3] + " *)(r" + dst + " " + signed(off) + ") = " + imm;
            }
            case 3 -> {
                return "*(" + SIZES[(code >> 3) & 3] + " *)(r" + dst + " " + signed(off) + ") = r" + src;
            }
            case 0 -> {
                if (code == 0x18) {
                    return "r" + dst + " = 0x" + Integer.toHexString(imm);
                }
                return null;
            }
            default -> {
                if (op == 0x80) {
                    return "call " + helperName + "#" + imm;
                }
                if (op == 0x90) {
                    return "exit";
                }
                if (op == 0x00) {
                    return cls == 6 ? "gotol pc" + signed(imm) : "goto pc" + signed(off);
                }
                char r = cls == 6 ? 'w' : 'r';
                if (x) {
                    return "if " + r + dst + " " + JMP_OPS[op >> 4] + " " + r + src + " goto pc" + signed(off);
                }
                return "if " + r + dst + " " + JMP_OPS[op >> 4] + " 0x" + Integer.toHexString(imm) + " goto pc"
                        + signed(off);
            }
        }
    }
}
