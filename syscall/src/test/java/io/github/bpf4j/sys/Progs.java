package io.github.bpf4j.sys;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Atomic;
import io.github.bpf4j.asm.AtomicOp;
import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.Exit;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.JmpOp;
import io.github.bpf4j.asm.Jump;
import io.github.bpf4j.asm.Load;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.asm.Size;
import io.github.bpf4j.asm.StoreImm;
import io.github.bpf4j.asm.StoreReg;
import java.util.ArrayList;
import java.util.List;

/** Test programs built from instruction records. */
final class Progs {

    static final int MAP_LOOKUP_ELEM = 1;
    static final int GET_CURRENT_PID_TGID = 14;
    static final int PERF_EVENT_OUTPUT = 25;
    static final int RINGBUF_OUTPUT = 130;

    private Progs() {}

    static Insn mov(Reg dst, int imm) {
        return Alu.imm(true, AluOp.MOV, dst, imm);
    }

    static Insn movReg(Reg dst, Reg src) {
        return Alu.reg(true, AluOp.MOV, dst, src);
    }

    /** {@code r0 = value; exit}. */
    static List<Insn> ret(int value) {
        return List.of(mov(Reg.R0, value), Exit.INSTANCE);
    }

    /** Emits {@code bpf_get_current_pid_tgid()} to a perf event array: 8 bytes per run. */
    static List<Insn> pidTgidToPerf(int mapFd) {
        return List.of(
                movReg(Reg.R6, Reg.R1),
                Call.helper(GET_CURRENT_PID_TGID),
                StoreReg.of(Size.DW, Reg.R10, -8, Reg.R0),
                movReg(Reg.R1, Reg.R6),
                LoadImm64.mapFd(Reg.R2, mapFd),
                Alu.imm(false, AluOp.MOV, Reg.R3, -1), // BPF_F_CURRENT_CPU: 0xffffffff
                movReg(Reg.R4, Reg.R10),
                Alu.imm(true, AluOp.ADD, Reg.R4, -8),
                mov(Reg.R5, 8),
                Call.helper(PERF_EVENT_OUTPUT),
                mov(Reg.R0, 0),
                Exit.INSTANCE);
    }

    /**
     * Emits {@code bpf_get_current_pid_tgid()} to a ring buffer; when the output fails, adds one to
     * {@code counter[0]} (an 8-byte array value) if {@code counterFd} is not -1. Returns {@code retval}.
     */
    static List<Insn> pidTgidToRing(int ringFd, int counterFd, int retval) {
        List<Insn> p = new ArrayList<>(List.of(
                Call.helper(GET_CURRENT_PID_TGID),
                StoreReg.of(Size.DW, Reg.R10, -8, Reg.R0),
                LoadImm64.mapFd(Reg.R1, ringFd),
                movReg(Reg.R2, Reg.R10),
                Alu.imm(true, AluOp.ADD, Reg.R2, -8),
                mov(Reg.R3, 8),
                mov(Reg.R4, 0),
                Call.helper(RINGBUF_OUTPUT)));
        if (counterFd >= 0) {
            p.addAll(List.of(
                    Jump.imm(false, JmpOp.JEQ, Reg.R0, 0, 9),
                    StoreImm.of(Size.W, Reg.R10, -12, 0),
                    LoadImm64.mapFd(Reg.R1, counterFd),
                    movReg(Reg.R2, Reg.R10),
                    Alu.imm(true, AluOp.ADD, Reg.R2, -12),
                    Call.helper(MAP_LOOKUP_ELEM),
                    Jump.imm(false, JmpOp.JEQ, Reg.R0, 0, 2),
                    mov(Reg.R1, 1),
                    Atomic.of(Size.DW, AtomicOp.ADD, Reg.R0, 0, Reg.R1)));
        }
        p.addAll(List.of(mov(Reg.R0, retval), Exit.INSTANCE));
        return p;
    }

    /** Bytes of data in a {@link #sequenceTo} record: four copies of the sequence number. */
    static final int SEQUENCE_RECORD = 32;

    /**
     * Emits the next number of the sequence kept in {@code counter[0]} (an 8-byte array value, read and written
     * back: one test run at a time) as one record, the number in each of its four 8-byte words: to a ring buffer
     * ({@code perf} false; 32 bytes of data, 40 with the header) or to the current CPU's slot of a perf event array
     * ({@code perf} true; 28 bytes, so that with the header and the size field a sample is 40 bytes as well).
     * Returns XDP_PASS.
     */
    static List<Insn> sequenceTo(boolean perf, int mapFd, int counterFd) {
        List<Insn> p = new ArrayList<>(List.of(
                movReg(Reg.R6, Reg.R1),
                StoreImm.of(Size.W, Reg.R10, -4, 0),
                LoadImm64.mapFd(Reg.R1, counterFd),
                movReg(Reg.R2, Reg.R10),
                Alu.imm(true, AluOp.ADD, Reg.R2, -4),
                Call.helper(MAP_LOOKUP_ELEM),
                Jump.imm(false, JmpOp.JEQ, Reg.R0, 0, perf ? 16 : 15), // to the return
                Load.of(Size.DW, Reg.R7, Reg.R0, 0),
                movReg(Reg.R1, Reg.R7),
                Alu.imm(true, AluOp.ADD, Reg.R1, 1),
                StoreReg.of(Size.DW, Reg.R0, 0, Reg.R1)));
        for (int w = 0; w < 4; w++) {
            p.add(StoreReg.of(Size.DW, Reg.R10, -40 + 8 * w, Reg.R7));
        }
        if (perf) {
            p.addAll(List.of(
                    movReg(Reg.R1, Reg.R6),
                    LoadImm64.mapFd(Reg.R2, mapFd),
                    Alu.imm(false, AluOp.MOV, Reg.R3, -1), // BPF_F_CURRENT_CPU: 0xffffffff
                    movReg(Reg.R4, Reg.R10),
                    Alu.imm(true, AluOp.ADD, Reg.R4, -40),
                    mov(Reg.R5, SEQUENCE_RECORD - 4),
                    Call.helper(PERF_EVENT_OUTPUT)));
        } else {
            p.addAll(List.of(
                    LoadImm64.mapFd(Reg.R1, mapFd),
                    movReg(Reg.R2, Reg.R10),
                    Alu.imm(true, AluOp.ADD, Reg.R2, -40),
                    mov(Reg.R3, SEQUENCE_RECORD),
                    mov(Reg.R4, 0),
                    Call.helper(RINGBUF_OUTPUT)));
        }
        p.addAll(List.of(mov(Reg.R0, 2), Exit.INSTANCE));
        return p;
    }

    /** Loads {@code *(u64 *)(r1 + off)} of the context into a stack slot. */
    static Insn ctxLoad(Reg dst, int off) {
        return Load.of(Size.DW, dst, Reg.R1, off);
    }
}
