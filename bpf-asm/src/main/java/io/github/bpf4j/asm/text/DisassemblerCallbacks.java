package io.github.bpf4j.asm.text;

import io.github.bpf4j.asm.Helper;
import io.github.bpf4j.asm.LoadImm64;
import java.util.Objects;
import java.util.function.IntUnaryOperator;

/**
 * What a disassembler asks its caller about the world outside the instructions: names of helpers and kernel
 * functions, what a 64-bit immediate that names a map or a kernel variable stands for, and labels of jump targets.
 * Every method may return {@code null} to take the default, which needs no kernel: for the kernel style, the
 * kernel's own fallback text where it names the instruction's bytes, and otherwise text that the assembler reads
 * back to the same bytes (the table in {@link KernelStyle}; these methods follow the {@code cb_call} and
 * {@code cb_imm} hooks of kernel/bpf/disasm.c, Linux 6.18); no annotation for the LLVM style. Text a method
 * returns is printed as given: to print exactly what the verifier logs, answer the kernel's address for maps and
 * hex for callbacks ({@code "0x" + Long.toHexString(insn.value())}).
 *
 * <p>Implement only the methods you need; {@link #DEFAULT} implements none.
 */
public interface DisassemblerCallbacks {

    /** Callbacks that answer nothing beyond this kernel's helper table. */
    DisassemblerCallbacks DEFAULT = new DisassemblerCallbacks() {};

    /**
     * The name printed for helper number {@code id}, such as {@code bpf_map_lookup_elem}; {@code null} prints
     * {@code unknown} as the kernel does. The default answers from {@link Helper}.
     */
    default String helperName(int id) {
        Helper h = Helper.ofIdOrNull(id);
        return h == null ? null : h.kernelName();
    }

    /**
     * The name of the kernel function with BTF id {@code btfId} in the BTF at fd-array index {@code btfFdIndex}
     * (0 is vmlinux); the kernel prints the function's BTF name and not the index. {@code null} prints the kernel's
     * {@code kernel-function#ID}, followed by {@code [btf:I]} when the index is not 0.
     */
    default String kfuncName(int btfId, int btfFdIndex) {
        return null;
    }

    /**
     * The text for a 64-bit immediate load whose source register names a map ({@code MAP_FD}, {@code MAP_VALUE},
     * {@code MAP_IDX}, {@code MAP_IDX_VALUE}), such as {@code map[id:5]} or {@code map[id:5][0]+8};
     * {@code null} prints {@code map[fd:N]}, {@code map[fd:N][0]+OFF}, {@code map[idx:N]} or
     * {@code map[idx:N]+OFF} (the verifier's log prints the map's kernel address instead).
     */
    default String mapRef(LoadImm64 insn) {
        return null;
    }

    /**
     * The text for a 64-bit immediate load of a kernel variable by BTF id ({@code BTF_ID}), such as its name;
     * {@code null} prints {@code ksym[btf_id:N]} (the verifier's log prints the variable's address instead).
     */
    default String btfIdRef(LoadImm64 insn) {
        return null;
    }

    /**
     * The text for a 64-bit immediate load of a BPF function's address ({@code FUNC}, a callback); {@code null}
     * prints bpftool's {@code subprog[+N]} (the verifier's log prints the immediate in hex, as a constant).
     */
    default String funcRef(LoadImm64 insn) {
        return null;
    }

    /**
     * The label of the byte address a jump lands on, printed by the LLVM style as {@code <label>} after the
     * offset, such as {@code prog+0x28}; {@code null} prints no label. The address is relative to the start of
     * the instructions and may fall outside them (it is unsigned: a jump before the start wraps).
     * See {@link LlvmStyle#nearestSymbol}.
     */
    default String targetLabel(long byteAddress) {
        return null;
    }

    /**
     * Callbacks that print maps as bpftool does, {@code map[id:ID]} and {@code map[id:ID][0]+OFF}, with
     * {@code idOf} turning the immediate (a map fd or fd-array index) into the map id.
     */
    static DisassemblerCallbacks mapIds(IntUnaryOperator idOf) {
        Objects.requireNonNull(idOf, "idOf");
        return new DisassemblerCallbacks() {
            @Override
            public String mapRef(LoadImm64 insn) {
                int id = idOf.applyAsInt(insn.imm());
                return insn.pseudo().hasValueOffset()
                        ? "map[id:" + Integer.toUnsignedString(id) + "][0]+" + Integer.toUnsignedString(insn.nextImm())
                        : "map[id:" + Integer.toUnsignedString(id) + "]";
            }
        };
    }
}
