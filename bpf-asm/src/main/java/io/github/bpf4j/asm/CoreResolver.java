package io.github.bpf4j.asm;

/**
 * Answers {@link CoreRef}s from a local BTF: the value an instruction holds before relocation and the
 * {@code .BTF.ext} record that describes it. The assembler and {@link ProgramBuilder} call it for every reference;
 * bpf-btf's {@code io.github.bpf4j.btf.core.LocalTypes} is the implementation over a {@code Btf}, which also keeps
 * the types referenced so far, the local BTF an object carries.
 */
@FunctionalInterface
public interface CoreResolver {

    /**
     * Resolves one reference.
     *
     * @throws IllegalArgumentException when the BTF has no such type, member or enumerator, or the path does not
     *                                  fit the type (the message says which; the assembler adds the position)
     */
    Resolved resolve(CoreRef ref);

    /**
     * A resolved reference.
     *
     * @param typeId       the local type id the record names (in the resolver's local BTF)
     * @param accessString the access string, as clang writes it ({@code 0:95}, {@code 0:2:0}; {@code 0} for type
     *                     relocations, the enumerator's index for enumerator relocations)
     * @param localValue   the value against the local BTF: what the instruction holds before relocation
     */
    record Resolved(int typeId, String accessString, long localValue) {
        public Resolved {
            java.util.Objects.requireNonNull(accessString, "accessString");
            if (typeId <= 0) {
                throw new IllegalArgumentException("local type id " + typeId + " is not a type");
            }
        }
    }
}
