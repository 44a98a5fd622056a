package io.github.bpf4j.verifier.internal.protos;

/**
 * The base return types of a helper prototype ({@code enum bpf_return_type}, Linux 6.18), without the {@code RET_}
 * prefix. Composites are a base plus {@link TypeFlag}s: {@code RET_PTR_TO_MAP_VALUE_OR_NULL} is
 * {@code PTR_TO_MAP_VALUE | PTR_MAYBE_NULL}, {@code RET_PTR_TO_RINGBUF_MEM_OR_NULL} is
 * {@code PTR_TO_MEM | MEM_RINGBUF | PTR_MAYBE_NULL}, {@code RET_PTR_TO_DYNPTR_MEM_OR_NULL} is
 * {@code PTR_TO_MEM | PTR_MAYBE_NULL}, {@code RET_PTR_TO_BTF_ID_TRUSTED} is {@code PTR_TO_BTF_ID | PTR_TRUSTED}.
 */
public enum RetType {
    INTEGER,
    VOID,
    PTR_TO_MAP_VALUE,
    PTR_TO_SOCKET,
    PTR_TO_TCP_SOCK,
    PTR_TO_SOCK_COMMON,
    PTR_TO_MEM,
    PTR_TO_MEM_OR_BTF_ID,
    PTR_TO_BTF_ID;

    /** The kernel's spelling: {@code RET_PTR_TO_MAP_VALUE}. */
    public String spelling() {
        return "RET_" + name();
    }
}
