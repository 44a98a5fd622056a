package io.github.bpf4j.elf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our ELF reader against llvm-readelf-19 on every BPF object we have, and on the objects our writer produces from
 * them: sections, symbols and relocations agree field by field. One llvm-readelf run covers all files.
 */
@Tag("tool")
class ElfFileToolTest {

    private static final String READELF = "llvm-readelf-19";

    @Test
    void readerAgreesWithLlvmReadelf() {
        assumeTrue(TestObjects.has(READELF), "needs " + READELF + " (Debian package llvm-19)");
        List<Path> objects = TestObjects.all();
        assertThat(objects).hasSizeGreaterThanOrEqualTo(4);
        compareAll(objects);
    }

    @Test
    void writtenObjectsAgreeWithLlvmReadelf(@TempDir Path dir) throws IOException {
        assumeTrue(TestObjects.has(READELF), "needs " + READELF + " (Debian package llvm-19)");
        List<Path> written = new ArrayList<>();
        for (Path p : TestObjects.all()) {
            ElfFile original = ElfFile.read(p);
            if (original.type() != ElfFile.ET_REL) {
                continue;
            }
            byte[] out = ElfWriter.write(RelocatableObject.of(original));
            Path w = dir.resolve(written.size() + "-" + p.getFileName());
            Files.write(w, out);
            written.add(w);
            // The contents survive the round trip exactly.
            assertThat(RelocatableObject.of(ElfFile.read(out))).as(p.toString())
                    .isEqualTo(RelocatableObject.of(original));
        }
        compareAll(written);
    }

    @Test
    void executablesAndSharedLibrariesAgreeWithLlvmReadelf() {
        assumeTrue(TestObjects.has(READELF), "needs " + READELF + " (Debian package llvm-19)");
        List<Path> binaries = new ArrayList<>();
        for (String b : List.of("/lib/x86_64-linux-gnu/libc.so.6", "/bin/bash")) {
            if (Files.exists(Path.of(b))) {
                binaries.add(Path.of(b));
            }
        }
        String td = System.getProperty("bpf4j.testdata");
        if (td != null && Files.exists(Path.of(td, "build", "uprobe_target"))) {
            binaries.add(Path.of(td, "build", "uprobe_target"));
        }
        assumeTrue(!binaries.isEmpty(), "needs /bin/bash or x86-64 libc");
        List<String> cmd = new ArrayList<>(List.of(READELF, "--elf-output-style=JSON", "--sections",
                "--program-headers", "--dyn-syms"));
        binaries.forEach(p -> cmd.add(p.toString()));
        TestObjects.Run run = TestObjects.run(cmd.toArray(String[]::new));
        assertThat(run.status()).as(run.output()).isZero();
        List<?> files = (List<?>) Json.parse(run.output());
        for (int f = 0; f < binaries.size(); f++) {
            ElfFile elf = ElfFile.read(binaries.get(f));
            Object json = files.get(f);
            String where = binaries.get(f).toString();
            compareSections(elf, json, where);
            List<String> theirPh = new ArrayList<>();
            for (Object o : Json.list(json, "ProgramHeaders")) {
                Map<String, Object> h = Json.obj(o, "ProgramHeader");
                theirPh.add(List.of(Json.num(Json.obj(h, "Type"), "Value"), Json.num(h, "Offset"),
                        Json.num(h, "VirtualAddress"), Json.num(h, "FileSize"), Json.num(h, "MemSize"),
                        Json.num(Json.obj(h, "Flags"), "Value"), Json.num(h, "Alignment")).toString());
            }
            List<String> ourPh = elf.programHeaders().stream().map(h -> List.of((long) h.type(), h.offset(),
                    h.vaddr(), h.filesz(), h.memsz(), (long) h.flags(), h.align()).toString()).toList();
            assertThat(ourPh).as(where + " program headers").isEqualTo(theirPh);
            List<String> theirDyn = new ArrayList<>();
            for (Object o : Json.list(json, "DynamicSymbols")) {
                Map<String, Object> sym = Json.obj(o, "Symbol");
                String name = (String) Json.obj(sym, "Name").get("Name");
                int version = name.indexOf('@');
                theirDyn.add(symbolLine(version >= 0 ? name.substring(0, version) : name, Json.num(sym, "Value"),
                        Json.num(sym, "Size"), Json.num(Json.obj(sym, "Type"), "Value"),
                        Json.num(Json.obj(sym, "Binding"), "Value"), Json.num(Json.obj(sym, "Section"), "Value")));
            }
            List<String> ourDyn = elf.dynamicSymbols().stream().map(y -> symbolLine(y.name(), y.value(), y.size(),
                    y.type(), y.bind(), y.sectionIndex())).toList();
            assertThat(ourDyn).as(where + " dynamic symbols").isEqualTo(theirDyn);
        }
    }

    private static void compareAll(List<Path> objects) {
        List<String> cmd = new ArrayList<>(List.of(READELF, "--elf-output-style=JSON", "--sections", "--symbols",
                "--relocations"));
        objects.forEach(p -> cmd.add(p.toString()));
        TestObjects.Run run = TestObjects.run(cmd.toArray(String[]::new));
        assertThat(run.status()).as(run.output()).isZero();
        List<?> files = (List<?>) Json.parse(run.output());
        assertThat(files).hasSameSizeAs(objects);
        for (int i = 0; i < objects.size(); i++) {
            compare(objects.get(i), files.get(i));
        }
    }

    private static void compare(Path path, Object json) {
        ElfFile elf = ElfFile.read(path);
        String where = path.toString();

        compareSections(elf, json, where);

        List<String> theirSyms = new ArrayList<>();
        for (Object o : Json.list(json, "Symbols")) {
            Map<String, Object> y = Json.obj(o, "Symbol");
            theirSyms.add(symbolLine((String) Json.obj(y, "Name").get("Name"), Json.num(y, "Value"),
                    Json.num(y, "Size"), Json.num(Json.obj(y, "Type"), "Value"),
                    Json.num(Json.obj(y, "Binding"), "Value"), Json.num(Json.obj(y, "Section"), "Value")));
        }
        List<String> ourSyms = elf.symbols().stream().map(y -> symbolLine(
                y.type() == ElfSymbol.SECTION && y.name().isEmpty() && y.isDefined()
                        ? elf.sections().get(y.sectionIndex()).name() : y.name(),
                y.value(), y.size(), y.type(), y.bind(), y.sectionIndex())).toList();
        assertThat(ourSyms).as(where + " symbols").isEqualTo(theirSyms);

        Map<Long, List<ElfRelocation>> ourRelocs = new java.util.TreeMap<>();
        for (ElfSection s : elf.sections()) {
            if (s.type() == ElfSection.REL || s.type() == ElfSection.RELA) {
                ourRelocs.put((long) s.index(), elf.relocations(s));
            }
        }
        List<String> theirRelocs = new ArrayList<>();
        for (Object rs : Json.list(json, "Relocations")) {
            long idx = Json.num(rs, "SectionIndex");
            for (Object o : Json.list(rs, "Relocs")) {
                Map<String, Object> r = Json.obj(o, "Relocation");
                theirRelocs.add(idx + ": " + Json.num(r, "Offset") + " " + Json.num(Json.obj(r, "Type"), "Value")
                        + " " + Json.num(Json.obj(r, "Symbol"), "Value"));
            }
        }
        List<String> ourRelocList = new ArrayList<>();
        ourRelocs.forEach((idx, list) -> list.forEach(r -> ourRelocList.add(idx + ": " + r.offset() + " "
                + r.type() + " " + r.symbolIndex())));
        assertThat(ourRelocList).as(where + " relocations").isEqualTo(theirRelocs);
    }

    private static String symbolLine(String name, long value, long size, long type, long bind, long section) {
        return name + " value=" + value + " size=" + size + " type=" + type + " bind=" + bind + " shndx=" + section;
    }

    private static void compareSections(ElfFile elf, Object json, String where) {
        List<String> theirs = new ArrayList<>();
        for (Object o : Json.list(json, "Sections")) {
            Map<String, Object> s = Json.obj(o, "Section");
            theirs.add(List.of(Json.num(s, "Index"), Json.obj(s, "Name").get("Name"),
                    Json.num(Json.obj(s, "Type"), "Value"), Json.num(Json.obj(s, "Flags"), "Value"),
                    Json.num(s, "Offset"), Json.num(s, "Size"), Json.num(s, "Link"), Json.num(s, "Info"),
                    Json.num(s, "AddressAlignment"), Json.num(s, "EntrySize")).toString());
        }
        List<String> ours = elf.sections().stream().map(x -> List.of((long) x.index(), x.name(), (long) x.type(),
                x.flags(), x.offset(), x.size(), (long) x.link(), (long) x.info(), x.addralign(), x.entsize())
                .toString()).toList();
        assertThat(ours).as(where + " sections").isEqualTo(theirs);
    }
}
