package io.github.bpf4j.btf.core;

import io.github.bpf4j.asm.Insn;
import java.util.List;

/**
 * The outcome of relocating one instruction sequence.
 *
 * @param insns    the instructions with every relocation applied
 * @param outcomes one entry per relocation, in the order given
 */
public record CoreResult(List<Insn> insns, List<CoreOutcome> outcomes) {

    public CoreResult {
        insns = List.copyOf(insns);
        outcomes = List.copyOf(outcomes);
    }

    /** The number of poisoned instructions. */
    public long poisonedCount() {
        return outcomes.stream().filter(CoreOutcome::poisoned).count();
    }
}
