package io.github.bpf4j.elf;

/**
 * {@code .BTF.ext} records as the kernel receives them with a program: instruction offsets in 8-byte slots of the
 * linked program (in the file they are byte offsets into the section).
 */
public final class ExtInfo {

    private ExtInfo() {}

    /** {@code struct bpf_func_info}: the BTF FUNC type of the function starting at {@code insn}. */
    public record FuncInfo(int insn, int typeId) {}

    /**
     * {@code struct bpf_line_info}: source line of the instruction at {@code insn}.
     *
     * @param insn        the slot index
     * @param fileNameOff offset of the file name in the {@code .BTF} string section
     * @param lineOff     offset of the source line text in the {@code .BTF} string section
     * @param lineCol     line number ({@code lineCol >>> 10}) and column ({@code lineCol & 0x3ff})
     */
    public record LineInfo(int insn, int fileNameOff, int lineOff, int lineCol) {
        /** The line number. */
        public int line() {
            return lineCol >>> 10;
        }

        /** The column. */
        public int column() {
            return lineCol & 0x3ff;
        }
    }

    /**
     * {@code struct bpf_core_relo}.
     *
     * @param insn         the slot index
     * @param typeId       the root type in the object's BTF
     * @param accessStrOff offset of the access string in the {@code .BTF} string section
     * @param kind         {@code enum bpf_core_relo_kind}
     */
    public record CoreRelo(int insn, int typeId, int accessStrOff, int kind) {}
}
