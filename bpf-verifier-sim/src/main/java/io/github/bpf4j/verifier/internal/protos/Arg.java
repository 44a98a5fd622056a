package io.github.bpf4j.verifier.internal.protos;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One argument of a helper prototype: {@code argN_type} with its flags, {@code argN_btf_id} (the kernel type name,
 * e.g. {@code task_struct}, or {@code null}; {@code "?"} where the kernel decides at the call, BPF_PTR_POISON) and
 * {@code argN_size} for {@code MEM_FIXED_SIZE} memory (0 otherwise).
 */
public record Arg(ArgType base, Set<TypeFlag> flags, String btfId, int size) {

    public Arg {
        Objects.requireNonNull(base, "base");
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        if (size < 0 || (size > 0) != flags.contains(TypeFlag.MEM_FIXED_SIZE)) {
            throw new IllegalArgumentException("argument " + base + ": size " + size
                    + " must be positive exactly when MEM_FIXED_SIZE is set");
        }
    }

    /** The unused argument slot ({@code ARG_DONTCARE}). */
    public static final Arg DONTCARE = new Arg(ArgType.DONTCARE, Set.of(), null, 0);

    /** Whether the argument carries {@code flag}. */
    public boolean has(TypeFlag flag) {
        return flags.contains(flag);
    }

    /** The kernel's spelling: {@code ARG_PTR_TO_MEM | MEM_RDONLY}, flags in the kernel's bit order. */
    public String spelling() {
        return TypeFlag.spell(base.spelling(), flags);
    }
}
