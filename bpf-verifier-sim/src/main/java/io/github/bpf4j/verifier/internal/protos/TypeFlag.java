package io.github.bpf4j.verifier.internal.protos;

import java.util.Set;
import java.util.StringJoiner;

/**
 * The flags the kernel ORs onto argument and return types ({@code enum bpf_type_flag}, Linux 6.18), in the
 * kernel's spelling; only the flags that occur in helper prototypes.
 */
public enum TypeFlag {
    PTR_MAYBE_NULL,
    MEM_RDONLY,
    MEM_RINGBUF,
    MEM_USER,
    MEM_PERCPU,
    /** The helper releases the reference the argument holds (ringbuf submit/discard, sk_release). */
    OBJ_RELEASE,
    PTR_UNTRUSTED,
    /** The helper may write the memory without reading it first: the verifier does not require it initialised. */
    MEM_UNINIT,
    DYNPTR_TYPE_LOCAL,
    DYNPTR_TYPE_RINGBUF,
    /** The size is the prototype's {@code argN_size}, not the next argument. */
    MEM_FIXED_SIZE,
    MEM_ALLOC,
    PTR_TRUSTED,
    MEM_RCU,
    DYNPTR_TYPE_SKB,
    DYNPTR_TYPE_XDP,
    MEM_ALIGNED,
    MEM_WRITE;

    /** A base spelling with its flags, as the kernel writes them: {@code ARG_PTR_TO_MEM | MEM_RDONLY}. */
    static String spell(String base, Set<TypeFlag> flags) {
        StringJoiner j = new StringJoiner(" | ");
        j.add(base);
        for (TypeFlag f : values()) {
            if (flags.contains(f)) {
                j.add(f.name());
            }
        }
        return j.toString();
    }
}
