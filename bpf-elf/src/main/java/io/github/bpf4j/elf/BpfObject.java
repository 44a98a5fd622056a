package io.github.bpf4j.elf;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfExt;
import io.github.bpf4j.btf.BtfFormatException;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.btf.BtfType;
import io.github.bpf4j.elf.internal.KernelBtf;
import io.github.bpf4j.elf.internal.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A BPF object file as libbpf 1.1 sees it once opened and its code relocated, but before anything touches the
 * kernel: entry-point programs with their linked instructions, maps (BTF-defined, legacy and global data), BTF,
 * license and kernel version. Pure and immutable.
 *
 * <p>Two objects are equal when their models are: same name, programs, maps, license, kernel version, and BTF
 * (compared by its encoding). The file layout is not part of the model: {@code read(write(o)).equals(o)}.
 */
public final class BpfObject {

    private final String name;
    private final List<BpfProgram> programs;
    private final List<BpfMap> maps;
    private final Btf btf;
    private final ExtInfoHolder ext;
    private final String license;
    private final Integer kernelVersion;
    private final RelocatableObject contents;
    private final byte[] kernelBtf;

    /** The parsed .BTF.ext with the bytes it came from (for equality). */
    private record ExtInfoHolder(BtfExt parsed, byte[] raw) {}

    private BpfObject(String name, ElfFile elf) {
        this.name = name;
        ObjectReader.Result r = ObjectReader.read(elf, name);
        this.programs = r.programs();
        this.maps = r.maps();
        this.btf = r.btf();
        this.license = r.license();
        this.kernelVersion = r.kernelVersion();
        this.contents = RelocatableObject.of(elf);
        ExtInfoHolder e = null;
        if (btf != null) {
            Optional<ElfSection> s = elf.section(".BTF.ext");
            if (s.isPresent()) {
                byte[] raw = elf.contents(s.get());
                try {
                    e = new ExtInfoHolder(BtfExt.read(raw, btf), raw);
                } catch (BtfFormatException | IllegalArgumentException ex) {
                    throw new ElfFormatException(".BTF.ext", s.get().offset() + Math.max(0, ex instanceof
                            BtfFormatException bfe ? bfe.byteOffset() : 0), ex.getMessage());
                }
            }
        }
        this.ext = e;
        // libbpf's bpf_object_fixup_btf runs at open: an object whose DATASECs cannot be fixed does not open
        this.kernelBtf = btf == null ? null : KernelBtf.fixup(elf, elf.contents(elf.section(".BTF").orElseThrow()));
    }

    /** Reads an object file; its name (for global-data map names) is the file name up to the first dot. */
    public static BpfObject read(Path path) {
        byte[] data;
        try {
            data = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
        return read(data, ObjectReader.objectName(path.getFileName().toString()));
    }

    /** Reads an object from bytes, naming it {@code name} as libbpf's {@code object_name} open option does. */
    public static BpfObject read(byte[] data, String name) {
        Objects.requireNonNull(name, "name");
        return new BpfObject(name, ElfFile.read(data));
    }

    /** Reads an object from bytes, named {@code "bpf_object"}. */
    public static BpfObject read(byte[] data) {
        return read(data, "bpf_object");
    }

    /** The object made of these contents (e.g. an assembled unit), named {@code name}. */
    public static BpfObject of(RelocatableObject contents, String name) {
        return read(ElfWriter.write(contents), name);
    }

    /** The object's name (libbpf's {@code bpf_object__name}). */
    public String name() {
        return name;
    }

    /** The entry-point programs, in libbpf's order (by section, then offset in the section). */
    public List<BpfProgram> programs() {
        return programs;
    }

    /**
     * The entry-point program with this name.
     *
     * @throws NoSuchElementException naming the programs there are
     */
    public BpfProgram program(String programName) {
        for (BpfProgram p : programs) {
            if (p.name().equals(programName)) {
                return p;
            }
        }
        throw new NoSuchElementException("no program " + programName + " in " + name + "; programs: "
                + programs.stream().map(BpfProgram::name).collect(Collectors.joining(", ")));
    }

    /** The maps, in libbpf's order ({@code .maps}, legacy, then global data, then {@code .kconfig}). */
    public List<BpfMap> maps() {
        return maps;
    }

    /**
     * The map with this name (for global data, the kernel name such as {@code "execsnoo.rodata"}).
     *
     * @throws NoSuchElementException naming the maps there are
     */
    public BpfMap map(String mapName) {
        for (BpfMap m : maps) {
            if (m.name().equals(mapName)) {
                return m;
            }
        }
        throw new NoSuchElementException("no map " + mapName + " in " + name + "; maps: "
                + maps.stream().map(BpfMap::name).collect(Collectors.joining(", ")));
    }

    /** The index of a map in {@link #maps()} (what {@link Fixup.Map#map()} refers to), or -1. */
    public int mapIndex(String mapName) {
        for (int i = 0; i < maps.size(); i++) {
            if (maps.get(i).name().equals(mapName)) {
                return i;
            }
        }
        return -1;
    }

    /** The object's {@code .BTF}, if it has one that parses. */
    public Optional<Btf> btf() {
        return Optional.ofNullable(btf);
    }

    /**
     * The object's {@code .BTF} bytes exactly as in the file. The string offsets in {@link ExtInfo.LineInfo} and
     * {@link ExtInfo.CoreRelo} refer to this encoding (re-encoding with bpf-btf renumbers strings). libbpf fixes
     * DATASEC sizes and variable offsets ({@code btf_fixup_datasec}) before it loads this into the kernel.
     */
    public Optional<byte[]> btfBytes() {
        return contents.sections().stream().filter(s -> s.name().equals(".BTF")).findFirst()
                .map(RelocatableObject.Section::data);
    }

    /**
     * The {@code .BTF} bytes libbpf loads into the kernel: DATASEC sizes and variable offsets filled in from the
     * ELF sections and symbols, hidden globals made static, variables sorted by offset ({@code btf_fixup_datasec});
     * string offsets unchanged, so {@link ExtInfo} records stay valid. ({@code .kconfig}/{@code .ksyms} DATASECs,
     * which libbpf rewrites for externs, and the sanitizing of kinds an old kernel lacks are not done here.)
     */
    public Optional<byte[]> kernelBtf() {
        return kernelBtf == null ? Optional.empty() : Optional.of(kernelBtf.clone());
    }

    /** The object's {@code .BTF.ext} as the file has it (byte offsets into sections). */
    public Optional<BtfExt> btfExt() {
        return ext == null ? Optional.empty() : Optional.of(ext.parsed());
    }

    /** The license string ({@code ""} without a {@code license} section). */
    public String license() {
        return license;
    }

    /** The {@code version} section's value, if present. */
    public OptionalInt kernelVersion() {
        return kernelVersion == null ? OptionalInt.empty() : OptionalInt.of(kernelVersion);
    }

    /** The names of the object's weak externs (undefined symbols bound {@code STB_WEAK}: declared {@code __weak}). */
    public Set<String> weakExterns() {
        Set<String> weak = new HashSet<>();
        for (RelocatableObject.Symbol s : contents.symbols()) {
            if (s.section() == RelocatableObject.UNDEF && s.bind() == ElfSymbol.WEAK) {
                weak.add(s.name());
            }
        }
        return Set.copyOf(weak);
    }

    /**
     * The type of the {@code __ksym} variable {@code name} (a VAR of the {@code .ksyms} DATASEC) with modifiers and
     * typedefs peeled, as libbpf's {@code bpf_object__collect_externs} takes it ({@code skip_mods_and_typedefs}):
     * 0 for a typeless ksym ({@code extern const void x __ksym}, resolved through kallsyms), and 0 when the object's
     * BTF does not describe it.
     */
    public int ksymType(String name) {
        if (btf == null) {
            return 0;
        }
        OptionalInt sec = btf.find(".ksyms", BtfKind.DATASEC);
        if (sec.isEmpty()) {
            return 0;
        }
        for (BtfType.VarSecinfo vs : btf.type(sec.getAsInt(), BtfType.Datasec.class).vars()) {
            if (btf.type((int) vs.type()) instanceof BtfType.Var v && v.name().equals(name)) {
                return btf.skipModsAndTypedefs(v.type());
            }
        }
        return 0;
    }

    /** The file contents this object was read from, for writing back or editing. */
    public RelocatableObject contents() {
        return contents;
    }

    /** The object as an ELF file. */
    public byte[] write() {
        return ElfWriter.write(contents);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BpfObject b && name.equals(b.name) && programs.equals(b.programs)
                && maps.equals(b.maps) && license.equals(b.license) && Objects.equals(kernelVersion, b.kernelVersion)
                && (btf == null ? b.btf == null : b.btf != null && java.util.Arrays.equals(btf.write(), b.btf.write()))
                && (ext == null ? b.ext == null : b.ext != null && java.util.Arrays.equals(ext.raw, b.ext.raw));
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, programs, maps, license);
    }

    @Override
    public String toString() {
        return "BpfObject[" + name + ": programs " + programs.stream().map(BpfProgram::name).toList() + ", maps "
                + maps.stream().map(BpfMap::name).toList() + ", license " + license + "]";
    }
}
