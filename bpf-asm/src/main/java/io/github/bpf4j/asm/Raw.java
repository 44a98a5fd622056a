package io.github.bpf4j.asm;

/**
 * An 8-byte slot that is not a valid instruction: an unknown opcode, a reserved field that is not zero, or an
 * operand out of range. It keeps every field so that encoding gives the bytes it was decoded from. The verifier
 * rejects it; the simulator reports why from these fields.
 *
 * @param code   the opcode byte, 0 to 255
 * @param dstReg the destination-register field, 0 to 15
 * @param srcReg the source-register field, 0 to 15
 * @param off    the offset field
 * @param imm    the immediate field
 */
public record Raw(int code, int dstReg, int srcReg, short off, int imm) implements Insn {

    public Raw {
        if (code < 0 || code > 0xff) {
            throw new IllegalArgumentException("opcode " + code + " is not a byte");
        }
        if (dstReg < 0 || dstReg > 15 || srcReg < 0 || srcReg > 15) {
            throw new IllegalArgumentException("register fields are four bits");
        }
    }

    @Override
    public Kind kind() {
        return Kind.RAW;
    }
}
