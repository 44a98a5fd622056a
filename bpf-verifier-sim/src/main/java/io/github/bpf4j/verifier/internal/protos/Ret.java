package io.github.bpf4j.verifier.internal.protos;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The return type of a helper prototype: {@code ret_type}, its flags and {@code ret_btf_id} (type name or null). */
public record Ret(RetType base, Set<TypeFlag> flags, String btfId) {

    public Ret {
        Objects.requireNonNull(base, "base");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    /** Whether the return type carries {@code flag}. */
    public boolean has(TypeFlag flag) {
        return flags.contains(flag);
    }

    /** The kernel's spelling: {@code RET_PTR_TO_MAP_VALUE | PTR_MAYBE_NULL}. */
    public String spelling() {
        return TypeFlag.spell(base.spelling(), flags);
    }
}
