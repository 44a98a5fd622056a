package io.github.bpf4j.btf.core;

import io.github.bpf4j.btf.CoreReloKind;
import java.util.List;
import java.util.Objects;

/**
 * A resolved CO-RE access specification ({@code struct bpf_core_spec} in libbpf 1.1 relo_core.h): the high-level
 * accessors (named fields and array indices), the low-level path of member/element indices including anonymous
 * members, and the bit offset they lead to.
 *
 * @param rootTypeId the root type id (as given, modifiers and typedefs not skipped)
 * @param kind       the relocation kind
 * @param accessors  named fields and array indices; for enumerator relocations the one enumerator
 * @param raw        the low-level path, one index per level (the access string for local specs)
 * @param bitOffset  the bit offset of the accessed field from the start of the root (unsigned 32-bit, as libbpf)
 * @param text       the spec as libbpf's bpf_core_format_spec prints it, e.g.
 *                   {@code <byte_off> [2] struct task_struct.real_parent (0:57 @ offset 1432)}
 */
public record CoreSpec(int rootTypeId, CoreReloKind kind, List<Accessor> accessors, List<Integer> raw,
                       long bitOffset, String text) {

    /**
     * One high-level step.
     *
     * @param typeId the struct/union holding the field, or the array element type (for enumerators: the enum)
     * @param index  the member index, array index or enumerator index
     * @param name   the field or enumerator name; {@code ""} for an array index
     */
    public record Accessor(int typeId, int index, String name) {
        public Accessor {
            Objects.requireNonNull(name, "name");
        }

        /** Whether this step indexes an array (or, first in a field spec, the root pointer). */
        public boolean isArrayIndex() {
            return name.isEmpty();
        }
    }

    public CoreSpec {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        accessors = List.copyOf(accessors);
        raw = List.copyOf(raw);
        if (bitOffset < 0 || bitOffset > 0xffff_ffffL) {
            throw new IllegalArgumentException("bit offset " + bitOffset + " is not an unsigned 32-bit value");
        }
    }

    /** The libbpf text form. */
    @Override
    public String toString() {
        return text;
    }
}
