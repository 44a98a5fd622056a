package io.github.bpf4j.asm;

import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link ProgramBuilder#build()} returns: the instructions with every label resolved, the references to
 * symbols a loader or ELF writer must still resolve, and where each label landed.
 *
 * @param insns      the instructions, immutable
 * @param references symbol references in slot order, immutable
 * @param labels     label names to slot indices, immutable
 * @param coreRelocations the CO-RE relocations in slot order ({@code insnOff} in bytes), immutable
 */
public record BuiltProgram(List<Insn> insns, List<SymbolRef> references, Map<String, Integer> labels,
        List<CoreRelocation> coreRelocations) {

    public BuiltProgram {
        insns = List.copyOf(Objects.requireNonNull(insns, "insns"));
        references = List.copyOf(Objects.requireNonNull(references, "references"));
        labels = Map.copyOf(Objects.requireNonNull(labels, "labels"));
        coreRelocations = List.copyOf(Objects.requireNonNull(coreRelocations, "coreRelocations"));
    }

    /** A program without CO-RE relocations. */
    public BuiltProgram(List<Insn> insns, List<SymbolRef> references, Map<String, Integer> labels) {
        this(insns, references, labels, List.of());
    }

    /** The number of 8-byte slots. */
    public int slotCount() {
        return InsnCodec.slotCount(insns);
    }

    /** The little-endian bytes of the instructions. */
    public byte[] encode() {
        return InsnCodec.encode(insns);
    }

    /** The bytes of the instructions in {@code order}. */
    public byte[] encode(ByteOrder order) {
        return InsnCodec.encode(insns, order);
    }
}
