package io.github.bpf4j.elf;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfExt;
import io.github.bpf4j.btf.CoreReloKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An entry-point program as libbpf 1.1 prepares it: its own instructions as in the section, and the linked
 * instructions the kernel receives (the program followed by every subprogram it reaches, in the order libbpf's
 * {@code bpf_object__reloc_code} appends them, with calls fixed), plus what a loader must still patch.
 *
 * @param name               the function symbol name
 * @param sectionName        the section name without a leading {@code ?}
 * @param autoload           false when the section name starts with {@code ?}
 * @param sectionDef         the matching libbpf section definition, or {@code null} when unknown
 * @param sectionOffset      the byte offset of the program in its section
 * @param insns              the program's own instructions
 * @param linkedInsns        the program followed by its subprograms; map references not patched
 * @param subprograms        the appended subprograms, in order, with where they start in {@code linkedInsns}
 * @param fixups             the loads and calls a loader patches, by slot index of {@code linkedInsns}
 * @param funcInfo           {@code .BTF.ext} function records for the linked program
 * @param lineInfo           {@code .BTF.ext} line records for the linked program
 * @param coreRelos          {@code .BTF.ext} CO-RE records for the linked program
 */
public record BpfProgram(String name, String sectionName, boolean autoload, SectionDef sectionDef,
        int sectionOffset, List<Insn> insns, List<Insn> linkedInsns, List<Subprogram> subprograms, List<Fixup> fixups,
        List<ExtInfo.FuncInfo> funcInfo, List<ExtInfo.LineInfo> lineInfo, List<ExtInfo.CoreRelo> coreRelos) {

    /**
     * A subprogram appended to a program.
     *
     * @param name  its function symbol
     * @param start the slot index of its first instruction in the linked program
     * @param slots its length in slots
     */
    public record Subprogram(String name, int start, int slots) {
        public Subprogram {
            Objects.requireNonNull(name, "name");
        }
    }

    public BpfProgram {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sectionName, "sectionName");
        insns = List.copyOf(insns);
        linkedInsns = List.copyOf(linkedInsns);
        subprograms = List.copyOf(subprograms);
        fixups = List.copyOf(fixups);
        funcInfo = List.copyOf(funcInfo);
        lineInfo = List.copyOf(lineInfo);
        coreRelos = List.copyOf(coreRelos);
    }

    /**
     * The CO-RE records as the relocator takes them ({@code CoreRelocator.relocate} over {@link #linkedInsns}):
     * instruction offsets in bytes of the linked program, access strings read from {@code local}, the object's .BTF.
     */
    public List<BtfExt.CoreRelo> coreRelocations(Btf local) {
        return coreRelos.stream().map(r -> new BtfExt.CoreRelo(8L * r.insn(), r.typeId(),
                local.string(r.accessStrOff()), CoreReloKind.ofValue(r.kind()))).toList();
    }

    /** The program type from the section name; {@link ProgType#UNSPEC} when libbpf would not know it. */
    public ProgType type() {
        return sectionDef == null ? ProgType.UNSPEC : sectionDef.progType();
    }

    /** The expected attach type libbpf passes at load, if any. */
    public Optional<AttachType> expectedAttachType() {
        return sectionDef == null ? Optional.empty() : Optional.ofNullable(sectionDef.expectedAttachType());
    }

    /** The expected attach type number libbpf passes at load (0 where it passes none). */
    public int sectionDefAttachCode() {
        return sectionDef == null ? 0 : sectionDef.expectedAttachTypeCode();
    }

    /** The {@code prog_flags} libbpf passes at load (sleepable, XDP frags). */
    public int progFlags() {
        return sectionDef == null ? 0 : sectionDef.progFlags();
    }

    /**
     * Where the section name says to attach, if it names a target.
     *
     * @throws AttachTarget.FormatException for a malformed specification
     */
    public Optional<AttachTarget> attachTarget() {
        return AttachTarget.parse(sectionName);
    }

    /** The names of the appended subprograms, in order. */
    public List<String> subprogramNames() {
        return subprograms.stream().map(Subprogram::name).toList();
    }

    /**
     * The linked instruction that starts at slot {@code slot} (the kernel's instruction index).
     *
     * @throws IndexOutOfBoundsException when no instruction starts there (out of range, or the second half of a
     *                                   64-bit immediate load)
     */
    public Insn linkedInsnAt(int slot) {
        int s = 0;
        for (Insn insn : linkedInsns) {
            if (s == slot) {
                return insn;
            }
            s += insn.slots();
            if (s > slot) {
                break;
            }
        }
        throw new IndexOutOfBoundsException("no instruction of " + name + " starts at slot " + slot);
    }

    /** The number of 8-byte slots of the linked program (what the kernel calls {@code insn_cnt}). */
    public int linkedSlotCount() {
        return io.github.bpf4j.asm.InsnCodec.slotCount(linkedInsns);
    }
}
