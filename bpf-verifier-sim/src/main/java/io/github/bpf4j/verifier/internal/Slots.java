package io.github.bpf4j.verifier.internal;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.asm.LoadImm64;
import java.util.List;

/**
 * The program as the kernel indexes it: one entry per 8-byte slot with the raw fields, the decoded instruction at
 * the first slot of each instruction ({@code null} at the second slot of an {@code ld_imm64}).
 */
final class Slots {
    final int len;
    final int[] code;
    final int[] dst;
    final int[] src;
    final int[] off;
    final int[] imm;
    final Insn[] insn;

    Slots(List<Insn> insns) {
        int n = InsnCodec.slotCount(insns);
        len = n;
        code = new int[n];
        dst = new int[n];
        src = new int[n];
        off = new int[n];
        imm = new int[n];
        insn = new Insn[n];
        int p = 0;
        for (Insn i : insns) {
            code[p] = i.code();
            dst[p] = i.dstReg();
            src[p] = i.srcReg();
            off[p] = i.off();
            imm[p] = i.imm();
            insn[p] = i;
            if (i instanceof LoadImm64 l) {
                imm[p + 1] = l.nextImm();
            }
            p += i.slots();
        }
    }

    int cls(int i) {
        return code[i] & 0x07;
    }

    boolean isLdImm64(int i) {
        return code[i] == 0x18;
    }

    boolean isPseudoCall(int i) {
        return code[i] == 0x85 && src[i] == 1;
    }

    boolean isPseudoFunc(int i) {
        return code[i] == 0x18 && src[i] == 4;
    }
}
