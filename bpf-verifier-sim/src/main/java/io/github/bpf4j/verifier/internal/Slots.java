package io.github.bpf4j.verifier.internal;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.Exit;
import io.github.bpf4j.asm.Goto;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.Jump;
import io.github.bpf4j.asm.Load;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.StoreImm;
import io.github.bpf4j.asm.StoreReg;
import java.util.Arrays;
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
        this(new Fill(insns));
    }

    private Slots(Fill f) {
        len = f.code.length;
        code = f.code;
        dst = f.dst;
        src = f.src;
        off = f.off;
        imm = f.imm;
        insn = f.insn;
    }

    /**
     * The arrays filled in one pass over the instructions: sized for one slot each, and grown once, exactly, at the
     * first {@code ld_imm64} (a second pass only over what follows it). The instruction objects are read once.
     */
    private static final class Fill {
        int[] code;
        int[] dst;
        int[] src;
        int[] off;
        int[] imm;
        Insn[] insn;

        Fill(List<Insn> insns) {
            int n = insns.size();
            allocate(n);
            boolean grown = false;
            int p = 0;
            int k = 0;
            for (Insn i : insns) {
                // The fields of a record of known class: its accessors are bound statically and inlined, where five
                // interface calls on a mixed list each went through the itable (this loop was a sixth of a
                // straight-line program's verification). Tests of a final class are one compare each, most
                // common first.
                if (i instanceof Alu a) {
                    put(p, a);
                } else if (i instanceof Load l) {
                    put(p, l);
                } else if (i instanceof StoreReg s) {
                    put(p, s);
                } else if (i instanceof Jump j) {
                    put(p, j);
                } else if (i instanceof StoreImm s) {
                    put(p, s);
                } else if (i instanceof Call c) {
                    put(p, c);
                } else if (i instanceof Goto g) {
                    put(p, g);
                } else if (i instanceof Exit e) {
                    put(p, e);
                } else if (i instanceof LoadImm64 l) {
                    if (!grown) {
                        grow(n + countLoadImm64(insns, k));
                        grown = true;
                    }
                    put(p, l);
                    imm[p + 1] = l.nextImm();
                    p++;
                } else {
                    put(p, i);
                }
                p++;
                k++;
            }
        }

        private static int countLoadImm64(List<Insn> insns, int from) {
            int c = 0;
            for (int j = from; j < insns.size(); j++) {
                if (insns.get(j) instanceof LoadImm64) {
                    c++;
                }
            }
            return c;
        }

        private void allocate(int n) {
            code = new int[n];
            dst = new int[n];
            src = new int[n];
            off = new int[n];
            imm = new int[n];
            insn = new Insn[n];
        }

        private void grow(int n) {
            code = Arrays.copyOf(code, n);
            dst = Arrays.copyOf(dst, n);
            src = Arrays.copyOf(src, n);
            off = Arrays.copyOf(off, n);
            imm = Arrays.copyOf(imm, n);
            insn = Arrays.copyOf(insn, n);
        }

        private void put(int p, Insn i) {
            code[p] = i.code();
            dst[p] = i.dstReg();
            src[p] = i.srcReg();
            off[p] = i.off();
            imm[p] = i.imm();
            insn[p] = i;
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
