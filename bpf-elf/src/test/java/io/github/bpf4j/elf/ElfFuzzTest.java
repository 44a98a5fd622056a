package io.github.bpf4j.elf;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the ELF reader and the object reader: any input either reads or is refused with an
 * {@link ElfFormatException}; nothing else may escape (no index errors, no OutOfMemoryError, no hang). The seed
 * corpus (small real objects and truncations of them) is under src/test/resources/io/github/bpf4j/elf/
 * ElfFuzzTestInputs; a plain {@code mvn test} runs just the corpus.
 */
class ElfFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void readElf(byte[] data) {
        try {
            ElfFile elf = ElfFile.read(data);
            for (ElfSection s : elf.sections()) {
                elf.contents(s);
            }
            if (elf.type() == ElfFile.ET_REL) {
                ElfWriter.write(RelocatableObject.of(elf));
            }
        } catch (ElfFormatException expected) {
            // refused with a position: fine
        }
    }

    @FuzzTest(maxDuration = "60s")
    void readObject(byte[] data) {
        try {
            BpfObject o = BpfObject.read(data, "fuzz");
            BpfObject.read(o.write(), "fuzz");
        } catch (ElfFormatException expected) {
            // refused with a position: fine
        }
    }
}
