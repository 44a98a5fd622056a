package io.github.bpf4j.asm;

import java.util.Objects;

/**
 * A CO-RE relocation of one instruction, what a {@code .BTF.ext} {@code bpf_core_relo} record holds plus the
 * reference it came from.
 *
 * @param insnOff      the instruction's byte offset from the start of its section (as {@code .BTF.ext} counts)
 * @param ref          the reference as written
 * @param typeId       the local type id
 * @param accessString the access string
 * @param localValue   the value the instruction holds, computed from the local BTF
 */
public record CoreRelocation(long insnOff, CoreRef ref, int typeId, String accessString, long localValue) {

    public CoreRelocation {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(accessString, "accessString");
        if (insnOff < 0 || insnOff % 8 != 0) {
            throw new IllegalArgumentException("instruction offset " + insnOff + " is not a multiple of 8");
        }
    }

    /** The record for {@code ref} as {@code resolved} answered it, at byte {@code insnOff}. */
    public static CoreRelocation of(long insnOff, CoreRef ref, CoreResolver.Resolved resolved) {
        return new CoreRelocation(insnOff, ref, resolved.typeId(), resolved.accessString(), resolved.localValue());
    }
}
