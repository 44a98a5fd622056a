package io.github.bpf4j.asm.text;

import io.github.bpf4j.asm.Raw;

/**
 * The kernel's text for a slot that is not a valid instruction. The verifier prints an instruction before it checks
 * its reserved fields (do_check, Linux 6.18), so a program rejected with "BPF_ALU uses reserved fields" still shows
 * the slot in its log, printed by {@code print_bpf_insn} from the raw fields: {@code (07) r1 += 5} whatever the
 * source register holds, {@code BUG_db} for an atomic operation it does not know. This follows
 * kernel/bpf/disasm.c print_bpf_insn field by field, including its lookup tables and the {@code (null)} that the
 * kernel's printf writes for a missing table entry.
 *
 * <p>One case the kernel never prints: a 64-bit immediate load whose second slot is missing or malformed is
 * rejected before verification. Its first slot prints as
 * {@code (18) invalid: code=0x18 dst=D src=S off=O imm=I}.
 */
final class KernelStyleRaw {

    /** bpf_alu_string, indexed by operation bits >> 4; null where the kernel's table has no entry. */
    private static final String[] ALU = {"+=", "-=", "*=", "/=", "|=", "&=", "<<=", ">>=", "neg", "%=", "^=", "=",
        "s>>=", "endian", null, null};
    /** bpf_jmp_string, indexed by operation bits >> 4. */
    private static final String[] JMP = {"jmp", "==", ">", ">=", "&", "!=", "s>", "s>=", "call", "exit", "<", "<=",
        "s<", "s<=", null, null};
    private static final String[] LDST = {"u32", "u16", "u8", "u64"};
    private static final String[] LDSX = {"s32", "s16", "s8", null};
    /** bpf_atomic_alu_string, indexed by operation bits >> 4. */
    private static final String[] ATOMIC_ALU = {"add", null, null, null, "or", "and", null, null, null, null, "xor",
        null, null, null, null, null};

    private KernelStyleRaw() {}

    static String format(Raw r, DisassemblerCallbacks callbacks) {
        int code = r.code();
        int dst = r.dstReg();
        int src = r.srcReg();
        int off = r.off();
        int imm = r.imm();
        int op = code & 0xf0;
        String p = KernelStyle.opcodePrefix(code);
        switch (code & 0x07) {
            case 0x04, 0x07: { // ALU, ALU64
                char w = (code & 0x07) == 0x04 ? 'w' : 'r';
                if (op == 0xd0) {
                    return (code & 0x07) == 0x07 ? p + "r" + dst + " = bswap" + imm + " r" + dst
                            : p + "r" + dst + " = " + ((code & 0x08) != 0 ? "be" : "le") + imm + " r" + dst;
                }
                if (op == 0x80) {
                    return p + w + dst + " = -" + w + dst;
                }
                if (code == 0xbf && off == 1) {
                    return p + "r" + dst + " = addr_space_cast(r" + src + ", " + (imm >>> 16) + ", " + (imm & 0xffff)
                            + ")";
                }
                String operator = (op == 0x30 || op == 0x90) && off == 1 ? (op == 0x30 ? "s/=" : "s%=") : ALU[op >> 4];
                if ((code & 0x08) != 0) {
                    String cast = "";
                    if (op == 0xb0 && (off == 8 || off == 16 || off == 32)) {
                        cast = off == 8 ? "(s8)" : off == 16 ? "(s16)" : "(s32)";
                    }
                    return p + w + dst + " " + str(operator) + " " + cast + w + src;
                }
                return p + w + dst + " " + str(operator) + " " + imm;
            }
            case 0x03: { // STX
                String size = LDST[(code >> 3) & 3];
                String addr = "(" + size + " *)(r" + dst + " " + signed(off) + ")";
                int mode = code & 0xe0;
                if (mode == 0x60) {
                    return p + "*" + addr + " = r" + src;
                }
                if (mode != 0xc0) {
                    return String.format("BUG_%02x", code);
                }
                String bits = (code & 0x18) == 0x18 ? "64" : "";
                return switch (imm) {
                    case 0x00, 0x40, 0x50, 0xa0 -> p + "lock *" + addr + " " + ALU[imm >> 4] + " r" + src;
                    case 0x01, 0x41, 0x51, 0xa1 -> p + "r" + src + " = atomic" + bits + "_fetch_"
                            + ATOMIC_ALU[(imm & 0xf0) >> 4] + "(" + addr + ", r" + src + ")";
                    case 0xf1 -> p + "r0 = atomic" + bits + "_cmpxchg(" + addr + ", r0, r" + src + ")";
                    case 0xe1 -> p + "r" + src + " = atomic" + bits + "_xchg(" + addr + ", r" + src + ")";
                    case 0x100 -> p + "r" + dst + " = load_acquire((" + size + " *)(r" + src + " " + signed(off) + "))";
                    case 0x110 -> p + "store_release(" + addr + ", r" + src + ")";
                    default -> String.format("BUG_%02x", code);
                };
            }
            case 0x02: { // ST
                int mode = code & 0xe0;
                if (mode == 0x60) {
                    return p + "*(" + LDST[(code >> 3) & 3] + " *)(r" + dst + " " + signed(off) + ") = " + imm;
                }
                return mode == 0xc0 ? p + "nospec" : String.format("BUG_st_%02x", code);
            }
            case 0x01: { // LDX
                int mode = code & 0xe0;
                if (mode != 0x60 && mode != 0x80) {
                    return String.format("BUG_ldx_%02x", code);
                }
                String size = mode == 0x60 ? LDST[(code >> 3) & 3] : LDSX[(code >> 3) & 3];
                return p + "r" + dst + " = *(" + str(size) + " *)(r" + src + " " + signed(off) + ")";
            }
            case 0x00: { // LD
                int mode = code & 0xe0;
                String size = LDST[(code >> 3) & 3];
                if (mode == 0x20) {
                    return p + "r0 = *(" + size + " *)skb[" + imm + "]";
                }
                if (mode == 0x40) {
                    return p + "r0 = *(" + size + " *)skb[r" + src + " + " + imm + "]";
                }
                if (code == 0x18) {
                    return p + "invalid: code=0x18 dst=" + dst + " src=" + src + " off=" + off + " imm=" + imm;
                }
                return String.format("BUG_ld_%02x", code);
            }
            default: { // JMP, JMP32
                char w = (code & 0x07) == 0x06 ? 'w' : 'r';
                if (op == 0x80) {
                    if (src == 1) {
                        return p + "call pc" + signed(imm);
                    }
                    String name = src == 0 ? callbacks.helperName(imm) : null;
                    if (name == null && src == 2) {
                        name = callbacks.kfuncName(imm, off);
                        if (name == null) {
                            name = "kernel-function";
                        }
                    }
                    return p + "call " + (name == null ? "unknown" : name) + "#" + imm;
                }
                if (code == 0x05) {
                    return p + "goto pc" + signed(off);
                }
                if (code == 0xe5 && src == 0) {
                    return p + "may_goto pc" + signed(off);
                }
                if (code == 0x06) {
                    return p + "gotol pc" + signed(imm);
                }
                if (code == 0x95) {
                    return p + "exit";
                }
                String rhs = (code & 0x08) != 0 ? w + "" + src : "0x" + Integer.toHexString(imm);
                return p + "if " + w + dst + " " + str(JMP[op >> 4]) + " " + rhs + " goto pc" + signed(off);
            }
        }
    }

    /** What the kernel's printf writes for a string argument: the string, or {@code (null)}. */
    private static String str(String s) {
        return s == null ? "(null)" : s;
    }

    /** C's {@code %+d}. */
    static String signed(int v) {
        return v < 0 ? Integer.toString(v) : "+" + v;
    }
}
