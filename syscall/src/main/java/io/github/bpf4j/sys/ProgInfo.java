package io.github.bpf4j.sys;

import io.github.bpf4j.elf.ProgType;

/**
 * What the kernel says about a loaded program ({@code struct bpf_prog_info}).
 *
 * @param type          the program type, or {@code null} when this version does not know {@code typeCode}
 * @param typeCode      the kernel's type number
 * @param id            the program's kernel-wide id
 * @param tag           the 8-byte program tag as 16 hex digits
 * @param name          the name the program was loaded with
 * @param xlatedBytes   bytes of the translated (post-verifier) instructions
 * @param jitedBytes    bytes of JIT-compiled code
 * @param verifiedInsns instructions the verifier processed
 */
public record ProgInfo(ProgType type, int typeCode, int id, String tag, String name, int xlatedBytes,
        int jitedBytes, int verifiedInsns) {}
