package io.github.bpf4j.btf.core;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.btf.BtfExt.CoreRelo;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one CO-RE relocation did.
 *
 * @param index      the relocation's position in the list given to the relocator (libbpf's {@code relo #i})
 * @param relo       the record
 * @param insnIndex  the slot index of the patched instruction
 * @param local      the spec parsed from the access string against the local BTF
 * @param target     the spec of the (first) matching target candidate; empty when none matched or the kind needs
 *                   no target (TYPE_ID_LOCAL)
 * @param candidates the target type ids that matched (libbpf keeps only these for later relocations of the same
 *                   local type)
 * @param origValue  the value computed from the local BTF (what the compiler put in the instruction)
 * @param newValue   the value patched in
 * @param poisoned   whether the instruction was replaced by {@code call 0xbad2310} (and its second slot too)
 * @param reason     why it was poisoned, {@code ""} otherwise
 * @param before     the instruction(s) at {@code insnIndex} before patching
 * @param after      the instruction(s) that replaced them
 */
public record CoreOutcome(int index, CoreRelo relo, int insnIndex, CoreSpec local, Optional<CoreSpec> target,
                          List<Integer> candidates, long origValue, long newValue, boolean poisoned, String reason,
                          List<Insn> before, List<Insn> after) {

    public CoreOutcome {
        Objects.requireNonNull(relo, "relo");
        Objects.requireNonNull(local, "local");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
        candidates = List.copyOf(candidates);
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
