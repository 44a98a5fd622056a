package io.github.bpf4j.verifier;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import java.util.List;
import java.util.Objects;

/**
 * What a program load hands the verifier.
 *
 * @param insns              the instructions
 * @param type               the program type
 * @param expectedAttachType the expected attach type in lowercase kernel spelling ({@code cgroup_inet_egress}),
 *                           or {@code null}
 * @param maps               the maps, referenced by index from {@code ld_imm64} instructions
 */
public record ProgramInput(List<Insn> insns, ProgType type, String expectedAttachType, List<MapDef> maps) {

    public ProgramInput {
        insns = List.copyOf(insns);
        Objects.requireNonNull(type, "type");
        maps = List.copyOf(maps);
    }

    /** A program from little-endian instruction bytes (a multiple of 8 bytes; see {@link InsnCodec#decode}). */
    public static ProgramInput of(byte[] code, ProgType type, String expectedAttachType, List<MapDef> maps) {
        return new ProgramInput(InsnCodec.decode(code), type, expectedAttachType, maps);
    }
}
