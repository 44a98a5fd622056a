package io.github.bpf4j.asm;

/**
 * One eBPF instruction. Every instruction is one 8-byte slot except {@link LoadImm64}, which takes two.
 *
 * <p>A slot is laid out as {@code code:8, dst_reg:4, src_reg:4, off:16, imm:32}; the field accessors here give the
 * first slot's fields as they are encoded, whatever the family. Families are records with validating constructors;
 * an 8-byte slot that is not a valid instruction decodes to {@link Raw}, which keeps its fields so that encoding
 * gives the same bytes back.
 *
 * <p>Java 17 has no pattern matching for switch: dispatch on {@link #kind()} with a switch expression so that a
 * new kind is a compile error wherever it must be handled.
 */
public sealed interface Insn
        permits Alu, Endian, Jump, Goto, MayGoto, Call, Exit, LoadImm64, LoadPacket, Load, StoreImm, StoreReg,
                Atomic, Raw {

    /** The instruction families. */
    enum Kind {
        ALU, ENDIAN, JUMP, GOTO, MAY_GOTO, CALL, EXIT, LOAD_IMM64, LOAD_PACKET, LOAD, STORE_IMM, STORE_REG, ATOMIC, RAW
    }

    /** This instruction's family. */
    Kind kind();

    /** The opcode byte. */
    int code();

    /** The destination-register field, 0 to 15 (0 to 10 for every family but {@link Raw}). */
    int dstReg();

    /** The source-register field, 0 to 15; for some families a selector rather than a register. */
    int srcReg();

    /** The signed 16-bit offset field. */
    short off();

    /** The signed 32-bit immediate field of the first slot. */
    int imm();

    /** The number of 8-byte slots: 2 for {@link LoadImm64}, otherwise 1. */
    default int slots() {
        return 1;
    }

    /** The instruction class of the opcode. */
    default InsnClass insnClass() {
        return InsnClass.of(code());
    }
}
