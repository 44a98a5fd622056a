package io.github.bpf4j.elf.internal;

import io.github.bpf4j.elf.ExtInfo;
import java.util.List;
import java.util.Objects;

/**
 * {@code .BTF.ext} as the linker needs it: per code section, records with slot offsets from the start of the
 * section and raw string offsets (the loader hands these to the kernel with the object's own BTF).
 *
 * @param sections per code section, in file order
 */
record ExtSections(List<Section> sections) {

    ExtSections {
        sections = List.copyOf(sections);
    }

    /** The records of one code section. */
    record Section(String section, List<ExtInfo.FuncInfo> funcInfo, List<ExtInfo.LineInfo> lineInfo,
            List<ExtInfo.CoreRelo> coreRelos) {
        Section {
            Objects.requireNonNull(section, "section");
            funcInfo = List.copyOf(funcInfo);
            lineInfo = List.copyOf(lineInfo);
            coreRelos = List.copyOf(coreRelos);
        }
    }

    /** The records of a code section, or an empty set. */
    Section section(String name) {
        for (Section s : sections) {
            if (s.section().equals(name)) {
                return s;
            }
        }
        return new Section(name, List.of(), List.of(), List.of());
    }
}
