package io.github.bpf4j.asm.text;

/** The two spellings of BPF instructions that the assembler reads. */
public enum Dialect {
    /**
     * What {@code clang -S -target bpf} writes and {@code llvm-mc -triple bpfel} accepts: {@code #} and {@code //}
     * start comments, {@code ;} separates statements, directives and labels are allowed.
     */
    LLVM,
    /**
     * Lines of a kernel verifier log ({@code 12: (69) r5 = *(u16 *)(r1 +0)}): only lines carrying an opcode
     * prefix {@code (xx)} are instructions, {@code ;} starts the register-state suffix, which is ignored, and an
     * instruction index seen twice is taken once.
     */
    VERIFIER_LOG;

    /**
     * Guesses the dialect of a text: a verifier log when one of its first non-blank lines starts with an opcode
     * prefix {@code (xx)} or {@code N: (xx)}, and LLVM otherwise.
     */
    public static Dialect detect(CharSequence text) {
        int p = 0;
        int n = text.length();
        int linesSeen = 0;
        while (p < n && linesSeen < 64) {
            int end = p;
            while (end < n && text.charAt(end) != '\n') {
                end++;
            }
            if (io.github.bpf4j.asm.text.internal.LineScanner.opcodePrefixEnd(text, p, end) >= 0) {
                return VERIFIER_LOG;
            }
            linesSeen++;
            p = end + 1;
        }
        return LLVM;
    }
}
