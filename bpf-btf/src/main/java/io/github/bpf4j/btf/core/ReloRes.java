package io.github.bpf4j.btf.core;

/**
 * The computed outcome of one relocation before patching ({@code struct bpf_core_relo_res} in libbpf 1.1
 * relo_core.h).
 *
 * @param origValue        the value the compiler put in the instruction (checked when {@code validate})
 * @param newValue         the value to patch in
 * @param poison           the relocation could not be resolved: poison the instruction
 * @param validate         whether the instruction must hold {@code origValue}
 * @param failMemszAdjust  a load/store size change that is not safe (only checked for LDX/ST/STX)
 * @param origSize         the local field size for byte-offset relocations, else 0
 * @param newSize          the target field size for byte-offset relocations, else 0
 */
record ReloRes(long origValue, long newValue, boolean poison, boolean validate, boolean failMemszAdjust,
               int origSize, int newSize) {

    static ReloRes poisoned() {
        return new ReloRes(0, 0, true, true, false, 0, 0);
    }
}
