package io.github.bpf4j.asm;

import java.util.Objects;

/**
 * A call ({@code 0x85}): of a helper by number, of a BPF function by relative offset, or of a kernel function by
 * BTF id.
 *
 * @param callKind what is called
 * @param imm  the helper number, the offset of the function's first instruction minus one, or the BTF id
 * @param off  for a kernel function, the index of its module's BTF fd (0 for vmlinux); otherwise 0
 */
public record Call(CallKind callKind, int imm, short off) implements Insn {

    public Call {
        Objects.requireNonNull(callKind, "callKind");
        if (callKind != CallKind.KFUNC && off != 0) {
            throw new IllegalArgumentException("only kernel-function calls use the offset field");
        }
    }

    /** A call of helper number {@code id}. */
    public static Call helper(int id) {
        return new Call(CallKind.HELPER, id, (short) 0);
    }

    /** A call of the BPF function that starts {@code offset + 1} slots after this instruction. */
    public static Call local(int offset) {
        return new Call(CallKind.LOCAL, offset, (short) 0);
    }

    /** A call of the kernel function with BTF id {@code btfId} in the BTF at fd-array index {@code btfFdIndex}. */
    public static Call kfunc(int btfId, int btfFdIndex) {
        return new Call(CallKind.KFUNC, btfId, Goto.checkShort(btfFdIndex));
    }

    /** The same call with another immediate. */
    public Call withImm(int newImm) {
        return new Call(callKind, newImm, off);
    }

    @Override
    public Kind kind() {
        return Kind.CALL;
    }

    @Override
    public int code() {
        return 0x85;
    }

    @Override
    public int dstReg() {
        return 0;
    }

    @Override
    public int srcReg() {
        return callKind.code();
    }
}
