package io.github.bpf4j.verifier.internal.protos;

/**
 * The base argument types of a helper prototype ({@code enum bpf_arg_type} of include/linux/bpf.h, Linux 6.18),
 * without their {@code ARG_} prefix. The kernel's composite names are a base plus {@link TypeFlag}s:
 * {@code ARG_PTR_TO_UNINIT_MEM} is {@code PTR_TO_MEM | MEM_UNINIT | MEM_WRITE}, {@code ARG_PTR_TO_MAP_VALUE_OR_NULL}
 * is {@code PTR_TO_MAP_VALUE | PTR_MAYBE_NULL}, {@code ARG_PTR_TO_FIXED_SIZE_MEM} is
 * {@code PTR_TO_MEM | MEM_FIXED_SIZE}. {@code ARG_PTR_TO_LONG} and {@code ARG_PTR_TO_INT} no longer exist in 6.18
 * (6.12 replaced them by fixed-size memory with {@code MEM_ALIGNED}).
 */
public enum ArgType {
    /** Unused argument. */
    DONTCARE,
    CONST_MAP_PTR,
    PTR_TO_MAP_KEY,
    PTR_TO_MAP_VALUE,
    PTR_TO_MEM,
    PTR_TO_ARENA,
    CONST_SIZE,
    CONST_SIZE_OR_ZERO,
    PTR_TO_CTX,
    ANYTHING,
    PTR_TO_SPIN_LOCK,
    PTR_TO_SOCK_COMMON,
    PTR_TO_SOCKET,
    PTR_TO_BTF_ID,
    PTR_TO_RINGBUF_MEM,
    CONST_ALLOC_SIZE_OR_ZERO,
    PTR_TO_BTF_ID_SOCK_COMMON,
    PTR_TO_PERCPU_BTF_ID,
    PTR_TO_FUNC,
    PTR_TO_STACK,
    PTR_TO_CONST_STR,
    PTR_TO_TIMER,
    KPTR_XCHG_DEST,
    PTR_TO_DYNPTR;

    /** The kernel's spelling: {@code ARG_PTR_TO_MEM}. */
    public String spelling() {
        return "ARG_" + name();
    }
}
