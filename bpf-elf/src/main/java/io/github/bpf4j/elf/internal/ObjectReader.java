package io.github.bpf4j.elf.internal;

import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfFormatException;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.btf.BtfType;
import io.github.bpf4j.elf.BpfMap;
import io.github.bpf4j.elf.BpfProgram;
import io.github.bpf4j.elf.ElfFile;
import io.github.bpf4j.elf.ElfFormatException;
import io.github.bpf4j.elf.ElfRelocation;
import io.github.bpf4j.elf.ElfSection;
import io.github.bpf4j.elf.ElfSymbol;
import io.github.bpf4j.elf.ExtInfo;
import io.github.bpf4j.elf.Fixup;
import io.github.bpf4j.elf.MapType;
import io.github.bpf4j.elf.SectionDef;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What libbpf 1.1's {@code bpf_object__open} and the code-relocation half of {@code bpf_object__load} do to an
 * object file, without touching the kernel: {@code bpf_object__elf_collect}, {@code bpf_object__collect_externs},
 * {@code bpf_object__init_maps}, {@code bpf_object_init_progs}, {@code bpf_object__collect_relos} and
 * {@code bpf_object__relocate_calls} / {@code bpf_object__reloc_code}.
 */
public final class ObjectReader {

    private static final int INSN = 8;
    private static final int OBJ_NAME_LEN = 16;
    private static final int MAX_MAPS = 1 << 16;
    /** The kernel's BPF_MAX_SUBPROGS: deeper call chains cannot load. */
    private static final int MAX_SUBPROGS = 256;
    /** The kernel's BPF_COMPLEXITY_LIMIT_INSNS: no program may be longer. */
    private static final int MAX_LINKED_INSNS = 1_000_000;
    /** A bound on all linked copies together, so that hostile objects cannot make us allocate without limit. */
    private static final long MAX_LINKED_TOTAL = 4_000_000;

    /** The result. */
    public record Result(List<BpfProgram> programs, List<BpfMap> maps, Btf btf, String license,
            Integer kernelVersion) {}

    private enum SecType { NONE, DATA, RODATA, BSS, RELO }

    /** A function symbol in an executable section (libbpf's {@code struct bpf_program} before linking). */
    private static final class Prog {
        final String name;
        final int secIdx;
        final String secName;
        final int secInsnOff;
        final int secInsnCnt;
        final byte[] code;
        final List<Relo> relos = new ArrayList<>();
        final Map<Integer, Relo> reloByInsn = new HashMap<>();
        int subInsnOff;

        Prog(String name, int secIdx, String secName, int secInsnOff, byte[] code) {
            this.name = name;
            this.secIdx = secIdx;
            this.secName = secName;
            this.secInsnOff = secInsnOff;
            this.secInsnCnt = code.length / INSN;
            this.code = code;
        }
    }

    private enum ReloType { LD64, DATA, CALL, SUBPROG_ADDR, EXTERN_VAR, EXTERN_FUNC }

    private record Relo(ReloType type, int insn, int map, long symOff, int ext) {
        Relo shifted(int by) {
            return new Relo(type, insn + by, map, symOff, ext);
        }
    }

    private record MapKey(int section, long offset) {}

    private record Extern(String name, int symIdx, boolean kcfg, int size, int align, int btfId) {}

    /** A map under construction, with where its definition sits. */
    private static final class MapDesc {
        BpfMap.Origin origin;
        String name;
        String realName;
        int secIdx;
        long secOffset;
        long varSize;
        int btfVarIdx = -1;
        MapType type;
        int keySize;
        int valueSize;
        int maxEntries;
        int flags;
        int numaNode;
        int pinning;
        long mapExtra;
        int btfKey;
        int btfValue;
        BpfMap inner;
        final List<String> slots = new ArrayList<>();
        byte[] initial = new byte[0];
        long valuesOffset = -1;

        boolean isInternalFor(int shndx) {
            return (origin == BpfMap.Origin.DATA || origin == BpfMap.Origin.RODATA || origin == BpfMap.Origin.BSS)
                    && secIdx == shndx;
        }

        BpfMap build() {
            return new BpfMap(name, origin, realName, type, keySize, valueSize, maxEntries, flags, numaNode,
                    pinning, mapExtra, btfKey, btfValue, inner, slots, initial);
        }
    }

    private final ElfFile elf;
    private final String objName;
    private final List<ElfSection> secs;
    private final SecType[] secTypes;
    private final List<ElfSymbol> syms;
    private final List<Prog> progs = new ArrayList<>();
    private final List<MapDesc> maps = new ArrayList<>();
    private final List<Extern> externs = new ArrayList<>();
    private final ByteOrder order;
    private int textShndx = -1;
    private int btfMapsShndx = -1;
    private int legacyMapsShndx = -1;
    private int kconfigMapIdx = -1;
    private String license = "";
    private Integer kernelVersion;
    private Btf btf;
    private ExtSections btfExt;
    private long linkedTotal;
    private final Map<MapKey, Integer> mapByOffset = new HashMap<>();
    private final Map<Integer, Integer> dataMapBySection = new HashMap<>();

    private ObjectReader(ElfFile elf, String objName) {
        this.elf = elf;
        this.objName = objName;
        this.secs = elf.sections();
        this.secTypes = new SecType[secs.size()];
        Arrays.fill(secTypes, SecType.NONE);
        this.syms = elf.symbols();
        this.order = elf.order();
    }

    /** Opens the object as libbpf would. */
    public static Result read(ElfFile elf, String objName) {
        ObjectReader r = new ObjectReader(elf, objName);
        r.collect();
        try {
            r.collectExterns();
            r.initMaps();
        } catch (BtfFormatException | IllegalArgumentException | IndexOutOfBoundsException e) {
            // the object's BTF is consistent in itself but not with what the object needs from it
            ElfSection btfSec = elf.section(".BTF").orElse(null);
            throw new ElfFormatException(".BTF", btfSec == null ? -1 : btfSec.offset(), "BTF does not describe the"
                    + " object's maps or externs: " + e.getMessage());
        }
        r.collectRelos();
        return new Result(r.linkAll(), r.maps.stream().map(MapDesc::build).toList(), r.btf, r.license,
                r.kernelVersion);
    }

    /** libbpf's {@code bpf_object__new}: the object name is the file name up to its first dot. */
    public static String objectName(String fileName) {
        int slash = fileName.lastIndexOf('/');
        String base = fileName.substring(slash + 1);
        int dot = base.indexOf('.');
        return dot >= 0 ? base.substring(0, dot) : base;
    }

    // ------------------------------------------------------------------ bpf_object__elf_collect

    private ElfFormatException format(ElfSection s, long off, String msg) {
        return new ElfFormatException(s == null ? "ELF header" : s.name(), off, msg);
    }

    private static boolean ignored(ElfSection s) {
        String name = s.name();
        if (s.type() == ElfSection.STRTAB || s.type() == ElfSection.LLVM_ADDRSIG) {
            return true;
        }
        if (s.type() == ElfSection.PROGBITS && s.size() == 0 && name.equals(".text")) {
            return true;
        }
        if (name.startsWith(".debug_")) {
            return true;
        }
        if (name.startsWith(".rel")) {
            String rest = name.substring(4);
            return rest.startsWith(".debug_") || rest.equals(".BTF") || rest.equals(".BTF.ext");
        }
        return false;
    }

    private void collect() {
        if (elf.type() != ElfFile.ET_REL || (elf.machine() != 0 && elf.machine() != ElfFile.EM_BPF)) {
            throw format(null, 16, "not a BPF relocatable object (e_type " + elf.type() + ", e_machine "
                    + elf.machine() + "; want ET_REL and EM_BPF)");
        }
        if (elf.symbolTableIndex() < 0) {
            throw format(null, -1, "no symbol table; stripped object file?");
        }
        byte[] btfData = null;
        ElfSection btfSec = null;
        ElfSection extSec = null;
        for (ElfSection s : secs) {
            if (s.index() == 0 || ignored(s)) {
                continue;
            }
            String name = s.name();
            if (name.equals("license")) {
                byte[] d = elf.contents(s);
                int n = 0;
                while (n < d.length && n < 63 && d[n] != 0) {
                    n++;
                }
                license = new String(d, 0, n, StandardCharsets.UTF_8);
            } else if (name.equals("version")) {
                if (s.size() != 4 || !s.hasFileBytes()) {
                    throw format(s, s.offset(), "invalid kernel version section: size " + s.size() + ", want 4");
                }
                kernelVersion = Bytes.get32(elf.contents(s), 0, order);
            } else if (name.equals("maps")) {
                legacyMapsShndx = s.index();
            } else if (name.equals(".maps")) {
                btfMapsShndx = s.index();
            } else if (name.equals(".BTF")) {
                if (s.type() != ElfSection.PROGBITS) {
                    throw format(s, s.offset(), ".BTF is not SHT_PROGBITS");
                }
                btfData = elf.contents(s);
                btfSec = s;
            } else if (name.equals(".BTF.ext")) {
                if (s.type() != ElfSection.PROGBITS) {
                    throw format(s, s.offset(), ".BTF.ext is not SHT_PROGBITS");
                }
                extSec = s;
            } else if (s.type() == ElfSection.SYMTAB) {
                continue;
            } else if (s.type() == ElfSection.PROGBITS && s.size() > 0) {
                if (s.isExecutable()) {
                    if (name.equals(".text")) {
                        textShndx = s.index();
                    }
                    addPrograms(s);
                } else if (name.equals(".data") || name.startsWith(".data.")) {
                    secTypes[s.index()] = SecType.DATA;
                } else if (name.equals(".rodata") || name.startsWith(".rodata.")) {
                    secTypes[s.index()] = SecType.RODATA;
                }
            } else if (s.type() == ElfSection.REL) {
                int target = s.info();
                if (target >= secs.size()) {
                    throw format(s, s.offset(), "relocates section " + target + " of " + secs.size());
                }
                if (secs.get(target).isExecutable() || name.equals(".rel.maps") || name.equals(".rel.struct_ops")
                       ) {
                    secTypes[s.index()] = SecType.RELO;
                }
            } else if (s.type() == ElfSection.NOBITS && (name.equals(".bss") || name.startsWith(".bss."))) {
                secTypes[s.index()] = SecType.BSS;
            }
        }
        progs.sort(Comparator.comparingInt((Prog p) -> p.secIdx).thenComparingInt(p -> p.secInsnOff));
        if (btfData != null) {
            try {
                btf = Btf.read(btfData);
            } catch (BtfFormatException | IllegalArgumentException e) {
                // libbpf: "BTF is optional, ignoring" -- unless maps need it, checked below.
                if (btfMapsShndx >= 0) {
                    throw format(btfSec, btfSec.offset(), "cannot parse .BTF, which .maps needs: " + e.getMessage());
                }
                btf = null;
            }
        }
        if (btf != null && extSec != null) {
            Btf b = btf;
            btfExt = BtfExtReader.read(elf.contents(extSec), extSec.offset(), order,
                    off -> b.hasString(off) ? b.string(off) : null);
        }
    }

    private void addPrograms(ElfSection s) {
        byte[] data = elf.contents(s);
        for (ElfSymbol sym : syms) {
            if (sym.sectionIndex() != s.index() || sym.type() != ElfSymbol.FUNC) {
                continue;
            }
            long off = sym.value();
            long size = sym.size();
            long symAt = elf.sections().get(elf.symbolTableIndex()).offset() + (long) sym.index() * 24;
            if (off < 0 || size < 0 || off > data.length || size > data.length - off) {
                throw format(s, symAt, "program " + sym.name() + " at offset " + off + " (" + size
                        + " bytes) crosses the section boundary (" + data.length + " bytes)");
            }
            if (s.index() != textShndx && !s.name().equals(".text") && sym.bind() == ElfSymbol.LOCAL) {
                throw format(s, symAt, "program " + sym.name() + " is static; libbpf supports static functions"
                        + " only in .text");
            }
            if (size == 0 || size % INSN != 0 || off % INSN != 0) {
                throw format(s, symAt, "corrupted program " + sym.name() + ", offset " + off + ", size " + size);
            }
            String secName = s.name();
            progs.add(new Prog(sym.name(), s.index(), secName, (int) (off / INSN),
                    Arrays.copyOfRange(data, (int) off, (int) (off + size))));
        }
    }

    private boolean isSubprog(Prog p) {
        return p.secIdx == textShndx && progs.size() > 1;
    }

    // ------------------------------------------------------------------ externs

    private static boolean symIsExtern(ElfSymbol s) {
        return s.sectionIndex() == ElfSymbol.UNDEF && (s.bind() == ElfSymbol.GLOBAL || s.bind() == ElfSymbol.WEAK)
                && s.type() == ElfSymbol.NOTYPE;
    }

    /** libbpf's {@code bpf_object__collect_externs}: kconfig externs get offsets in the {@code .kconfig} map. */
    private void collectExterns() {
        List<String> kcfgNames = btf == null ? List.of() : datasecVarNames(".kconfig");
        for (ElfSymbol s : syms) {
            if (!symIsExtern(s) || s.name().isEmpty()) {
                continue;
            }
            boolean kcfg = kcfgNames.contains(s.name());
            int size = 0;
            int align = 1;
            int btfId = 0;
            if (kcfg) {
                btfId = btf.find(s.name(), BtfKind.VAR).orElse(0);
                BtfType.Var v = btf.type(btfId, BtfType.Var.class);
                size = (int) btf.sizeOf(v.type());
                align = Math.max(1, btf.alignOf(v.type()));
            }
            externs.add(new Extern(s.name(), s.index(), kcfg, size, align, btfId));
        }
        externs.sort(Comparator.comparing((Extern e) -> !e.kcfg)
                .thenComparing((Extern e) -> e.kcfg ? -e.align : 0)
                .thenComparing((Extern e) -> e.kcfg ? e.size : 0)
                .thenComparing(Extern::name));
    }

    private List<String> datasecVarNames(String secName) {
        List<String> out = new ArrayList<>();
        var id = btf.find(secName, BtfKind.DATASEC);
        if (id.isEmpty()) {
            return out;
        }
        for (BtfType.VarSecinfo vs : btf.type(id.getAsInt(), BtfType.Datasec.class).vars()) {
            out.add(btf.name(vs.type()));
        }
        return out;
    }

    // ------------------------------------------------------------------ maps

    private void initMaps() {
        if (legacyMapsShndx >= 0) {
            initLegacyMaps();
        }
        if (btfMapsShndx >= 0) {
            initBtfMaps();
        }
        for (int i = 1; i < secs.size(); i++) {
            ElfSection s = secs.get(i);
            if (s.size() == 0) {
                continue;
            }
            switch (secTypes[i]) {
                case DATA -> internalMap(BpfMap.Origin.DATA, s.name(), i, elf.contents(s), s.size());
                case RODATA -> internalMap(BpfMap.Origin.RODATA, s.name(), i, elf.contents(s), s.size());
                case BSS -> internalMap(BpfMap.Origin.BSS, s.name(), i, new byte[0], s.size());
                default -> { }
            }
        }
        int kcfgSize = 0;
        for (Extern e : externs) {
            if (e.kcfg) {
                kcfgSize = roundUp(kcfgSize, e.align) + e.size;
            }
        }
        if (kcfgSize > 0) {
            internalMap(BpfMap.Origin.KCONFIG, ".kconfig", elf.symbolTableIndex(), new byte[0], kcfgSize);
            kconfigMapIdx = maps.size() - 1;
        }
    }

    private static int roundUp(int v, int align) {
        return (v + align - 1) / align * align;
    }

    /** libbpf's {@code internal_map_name}. */
    public static String internalMapName(String objName, String realName) {
        int sfxLen = Math.max(7, realName.length());
        if (sfxLen >= OBJ_NAME_LEN) {
            sfxLen = OBJ_NAME_LEN - 1;
        }
        int pfxLen = realName.indexOf('.', 1) >= 0 ? 0 : Math.min(OBJ_NAME_LEN - sfxLen - 1, objName.length());
        String name = objName.substring(0, pfxLen) + realName.substring(0, Math.min(sfxLen, realName.length()));
        StringBuilder sb = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            sb.append(Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '.' ? c : '_');
        }
        return sb.toString();
    }

    private void internalMap(BpfMap.Origin origin, String realName, int secIdx, byte[] data, long size) {
        if (size > Integer.MAX_VALUE - 8) {
            ElfSection s = secs.get(secIdx);
            throw format(s, s.offset(), "global data section of " + size + " bytes is too large for a map value");
        }
        MapDesc m = newMap();
        m.origin = origin;
        m.realName = realName;
        m.name = internalMapName(objName, realName);
        m.secIdx = secIdx;
        m.type = MapType.ARRAY;
        m.keySize = 4;
        m.valueSize = (int) size;
        m.maxEntries = 1;
        m.flags = origin == BpfMap.Origin.RODATA || origin == BpfMap.Origin.KCONFIG ? BpfMap.F_RDONLY_PROG : 0;
        m.initial = data;
        if (btf != null) {
            var id = btf.find(realName, BtfKind.DATASEC);
            if (id.isPresent()) {
                m.btfValue = id.getAsInt();
                for (BtfType.VarSecinfo vs : btf.type(m.btfValue, BtfType.Datasec.class).vars()) {
                    if (btf.type(vs.type()) instanceof BtfType.Var v && v.linkage() != BtfType.Linkage.STATIC) {
                        m.flags |= BpfMap.F_MMAPABLE;
                        break;
                    }
                }
            }
        }
    }

    private MapDesc newMap() {
        if (maps.size() >= MAX_MAPS) {
            throw format(null, -1, "more than " + MAX_MAPS + " maps");
        }
        MapDesc m = new MapDesc();
        maps.add(m);
        return m;
    }

    /** The legacy {@code struct bpf_map_def} maps of libbpf before 1.0 ({@code bpf_object__init_user_maps}). */
    private void initLegacyMaps() {
        ElfSection s = secs.get(legacyMapsShndx);
        byte[] data = elf.contents(s);
        List<ElfSymbol> mapSyms = new ArrayList<>();
        for (ElfSymbol sym : syms) {
            if (sym.sectionIndex() == legacyMapsShndx) {
                mapSyms.add(sym);
            }
        }
        if (mapSyms.isEmpty()) {
            return;
        }
        if (data.length % mapSyms.size() != 0) {
            throw format(s, s.offset(), "unable to determine map definition size: " + data.length + " bytes for "
                    + mapSyms.size() + " maps");
        }
        int defSize = data.length / mapSyms.size();
        for (ElfSymbol sym : mapSyms) {
            long off = sym.value();
            if (off < 0 || off + defSize > data.length) {
                throw format(s, s.offset(), "map " + sym.name() + " definition at " + off + " is outside the section");
            }
            int[] f = new int[5];
            for (int i = 0; i < 5 && i * 4 + 4 <= defSize; i++) {
                f[i] = Bytes.get32(data, (int) off + i * 4, order);
            }
            for (int i = 20; i < defSize; i++) {
                if (data[(int) off + i] != 0) {
                    throw format(s, s.offset() + off + i, "map " + sym.name() + " has unrecognized, non-zero"
                            + " options");
                }
            }
            MapDesc m = newMap();
            m.origin = BpfMap.Origin.LEGACY;
            m.name = sym.name();
            m.realName = sym.name();
            m.secIdx = legacyMapsShndx;
            m.secOffset = off;
            m.type = mapType(f[0], s, s.offset() + off);
            m.keySize = f[1];
            m.valueSize = f[2];
            m.maxEntries = f[3];
            m.flags = f[4];
        }
    }

    private MapType mapType(int code, ElfSection s, long at) {
        MapType t = MapType.ofOrNull(code);
        if (t == null) {
            throw format(s, at, "unknown map type " + code);
        }
        return t;
    }

    /** libbpf's {@code bpf_object__init_user_btf_maps} and {@code parse_btf_map_def}. */
    private void initBtfMaps() {
        ElfSection s = secs.get(btfMapsShndx);
        if (btf == null) {
            throw format(s, s.offset(), ".maps needs .BTF, which is missing");
        }
        var secId = btf.find(".maps", BtfKind.DATASEC);
        if (secId.isEmpty()) {
            throw format(s, s.offset(), "DATASEC '.maps' not found in .BTF");
        }
        BtfType.Datasec sec = btf.type(secId.getAsInt(), BtfType.Datasec.class);
        for (int i = 0; i < sec.vars().size(); i++) {
            BtfType.VarSecinfo vi = sec.vars().get(i);
            BtfType t = btf.type(vi.type());
            String name = t.name();
            if (name.isEmpty()) {
                throw format(s, s.offset(), "map #" + i + ": empty name");
            }
            if (!(t instanceof BtfType.Var var)) {
                throw format(s, s.offset(), "map '" + name + "': unexpected var kind " + t.kind());
            }
            if (var.linkage() != BtfType.Linkage.GLOBAL) {
                throw format(s, s.offset(), "map '" + name + "': unsupported map linkage " + var.linkage());
            }
            // bpf_object_fixup_btf: the variable's offset is its ELF symbol's value in .maps.
            long offset = vi.offset();
            for (ElfSymbol sym : syms) {
                if (sym.sectionIndex() == btfMapsShndx && sym.name().equals(name)
                        && sym.type() == ElfSymbol.OBJECT) {
                    offset = sym.value();
                    break;
                }
            }
            if (offset < 0 || offset + vi.size() > s.size()) {
                throw format(s, s.offset(), "map '" + name + "' BTF data is corrupted: offset " + offset + " size "
                        + vi.size() + " beyond " + s.size());
            }
            int defId = btf.skipModsAndTypedefs(var.type());
            if (!(btf.type(defId) instanceof BtfType.Struct def)) {
                throw format(s, s.offset(), "map '" + name + "': unexpected def kind " + btf.kind(defId));
            }
            if (def.size() > vi.size()) {
                throw format(s, s.offset(), "map '" + name + "': invalid def size");
            }
            MapDesc m = newMap();
            m.origin = BpfMap.Origin.BTF;
            m.name = name;
            m.realName = name;
            m.secIdx = btfMapsShndx;
            m.secOffset = offset;
            m.varSize = vi.size();
            m.btfVarIdx = i;
            MapDesc inner = new MapDesc();
            parseMapDef(name, def, m, inner, false);
            if (inner.type != null) {
                inner.origin = BpfMap.Origin.BTF;
                inner.name = name + ".inner";
                inner.realName = inner.name;
                m.inner = inner.build();
            }
        }
    }

    private void parseMapDef(String mapName, BtfType.Struct def, MapDesc m, MapDesc inner, boolean isInner) {
        ElfSection s = secs.get(btfMapsShndx);
        List<BtfType.Member> members = def.members();
        int typeCode = 0;
        for (int i = 0; i < members.size(); i++) {
            BtfType.Member mem = members.get(i);
            String f = mem.name();
            switch (f) {
                case "type" -> typeCode = mapFieldInt(mapName, mem);
                case "max_entries" -> m.maxEntries = mapFieldInt(mapName, mem);
                case "map_flags" -> m.flags = mapFieldInt(mapName, mem);
                case "numa_node" -> m.numaNode = mapFieldInt(mapName, mem);
                case "key_size" -> m.keySize = checkSize(mapName, "key", m.keySize, mapFieldInt(mapName, mem));
                case "value_size" -> m.valueSize = checkSize(mapName, "value", m.valueSize,
                        mapFieldInt(mapName, mem));
                case "key", "value" -> {
                    BtfType t = btf.type(mem.type());
                    if (!(t instanceof BtfType.Ptr p)) {
                        throw format(s, s.offset(), "map '" + mapName + "': " + f + " spec is not PTR: " + t.kind());
                    }
                    long sz;
                    try {
                        sz = btf.sizeOf(p.type());
                    } catch (RuntimeException e) {
                        throw format(s, s.offset(), "map '" + mapName + "': can't determine " + f
                                + " size for type [" + p.type() + "]: " + e.getMessage());
                    }
                    if (f.equals("key")) {
                        m.keySize = checkSize(mapName, "key", m.keySize, (int) sz);
                        m.btfKey = p.type();
                    } else {
                        m.valueSize = checkSize(mapName, "value", m.valueSize, (int) sz);
                        m.btfValue = p.type();
                    }
                }
                case "values" -> {
                    MapType mt = MapType.ofOrNull(typeCode);
                    boolean mapInMap = mt != null && mt.isMapInMap();
                    boolean progArray = mt == MapType.PROG_ARRAY;
                    if (isInner) {
                        throw format(s, s.offset(), "map '" + mapName + "': multi-level inner maps not supported");
                    }
                    if (i != members.size() - 1) {
                        throw format(s, s.offset(), "map '" + mapName + "': 'values' member should be last");
                    }
                    if (!mapInMap && !progArray) {
                        throw format(s, s.offset(), "map '" + mapName + "': should be map-in-map or prog-array");
                    }
                    m.valueSize = checkSize(mapName, "value", m.valueSize, 4);
                    m.valuesOffset = mem.bitOffset() / 8;
                    BtfType t = btf.type(mem.type());
                    if (!(t instanceof BtfType.Array arr) || arr.nelems() != 0) {
                        throw format(s, s.offset(), "map '" + mapName + "': values spec is not a zero-sized array");
                    }
                    BtfType ptr = btf.type(btf.skipModsAndTypedefs(arr.type()));
                    if (!(ptr instanceof BtfType.Ptr p)) {
                        throw format(s, s.offset(), "map '" + mapName + "': values def is of unexpected kind "
                                + ptr.kind());
                    }
                    BtfType target = btf.type(btf.skipModsAndTypedefs(p.type()));
                    if (progArray) {
                        if (target.kind() != BtfKind.FUNC_PROTO) {
                            throw format(s, s.offset(), "map '" + mapName + "': prog-array value def is of"
                                    + " unexpected kind " + target.kind());
                        }
                        continue;
                    }
                    if (!(target instanceof BtfType.Struct innerDef)) {
                        throw format(s, s.offset(), "map '" + mapName + "': map-in-map inner def is of unexpected"
                                + " kind " + target.kind());
                    }
                    parseMapDef(mapName + ".inner", innerDef, inner, null, true);
                }
                case "pinning" -> {
                    if (isInner) {
                        throw format(s, s.offset(), "map '" + mapName + "': inner def can't be pinned");
                    }
                    int v = mapFieldInt(mapName, mem);
                    if (v != 0 && v != 1) {
                        throw format(s, s.offset(), "map '" + mapName + "': invalid pinning value " + v);
                    }
                    m.pinning = v;
                }
                case "map_extra" -> m.mapExtra = mapFieldInt(mapName, mem) & 0xffffffffL;
                default -> throw format(s, s.offset(), "map '" + mapName + "': unknown field '" + f + "'");
            }
        }
        if (typeCode == 0) {
            throw format(s, s.offset(), "map '" + mapName + "': map type isn't specified");
        }
        m.type = mapType(typeCode, s, s.offset());
    }

    private int checkSize(String mapName, String what, int old, int sz) {
        if (old != 0 && old != sz) {
            ElfSection s = secs.get(btfMapsShndx);
            throw format(s, s.offset(), "map '" + mapName + "': conflicting " + what + " size " + old + " != " + sz);
        }
        return sz;
    }

    /** libbpf's {@code get_map_field_int}: {@code __uint(name, val)} is {@code int (*name)[val]}. */
    private int mapFieldInt(String mapName, BtfType.Member mem) {
        ElfSection s = secs.get(btfMapsShndx);
        BtfType t = btf.type(btf.skipModsAndTypedefs(mem.type()));
        if (!(t instanceof BtfType.Ptr p)) {
            throw format(s, s.offset(), "map '" + mapName + "': attr '" + mem.name() + "': expected PTR, got "
                    + t.kind());
        }
        BtfType arr = btf.type(p.type());
        if (!(arr instanceof BtfType.Array a)) {
            throw format(s, s.offset(), "map '" + mapName + "': attr '" + mem.name() + "': type [" + p.type()
                    + "] is not an array");
        }
        return a.nelems();
    }

    // ------------------------------------------------------------------ relocations

    private void collectRelos() {
        for (int i = 0; i < maps.size(); i++) {
            MapDesc md = maps.get(i);
            if (md.origin == BpfMap.Origin.BTF || md.origin == BpfMap.Origin.LEGACY) {
                mapByOffset.putIfAbsent(new MapKey(md.secIdx, md.secOffset), i);
            } else if (md.isInternalFor(md.secIdx)) {
                dataMapBySection.putIfAbsent(md.secIdx, i);
            }
        }
        for (ElfSection s : secs) {
            if (secTypes[s.index()] != SecType.RELO) {
                continue;
            }
            if (s.link() != elf.symbolTableIndex()) {
                throw format(s, s.offset(), "relocation section links to section " + s.link()
                        + ", not the symbol table");
            }
            ElfSection target = secs.get(s.info());
            if (target.name().equals(".maps") && s.info() == btfMapsShndx) {
                collectMapRelos(s);
            } else if (target.isExecutable()) {
                collectProgRelos(s, target);
            }
        }
        for (Prog p : progs) {
            p.relos.sort(Comparator.comparingInt(Relo::insn).thenComparing(Relo::type));
            for (Relo r : p.relos) {
                p.reloByInsn.putIfAbsent(r.insn, r);
            }
            // bpf_object__relocate: mark loads of function addresses as BPF_PSEUDO_FUNC (clang leaves src 0).
            for (Relo r : p.relos) {
                if (r.type == ReloType.SUBPROG_ADDR) {
                    int at = r.insn * INSN + 1;
                    p.code[at] = (byte) (order == ByteOrder.LITTLE_ENDIAN ? (p.code[at] & 0x0f) | 0x40
                            : (p.code[at] & 0xf0) | 0x04);
                }
            }
        }
    }

    /** libbpf's {@code find_prog_by_sec_insn}: binary search over programs sorted by section and offset. */
    private Prog findProgBySecInsn(int secIdx, long insn) {
        int l = 0;
        int r = progs.size() - 1;
        if (r < 0) {
            return null;
        }
        while (l < r) {
            int m = l + (r - l + 1) / 2;
            Prog p = progs.get(m);
            if (p.secIdx < secIdx || (p.secIdx == secIdx && p.secInsnOff <= insn)) {
                l = m;
            } else {
                r = m - 1;
            }
        }
        Prog p = progs.get(l);
        return p.secIdx == secIdx && insn >= p.secInsnOff && insn < p.secInsnOff + p.secInsnCnt ? p : null;
    }

    private void collectProgRelos(ElfSection rs, ElfSection target) {
        List<ElfRelocation> rels = elf.relocations(rs);
        for (int i = 0; i < rels.size(); i++) {
            ElfRelocation rel = rels.get(i);
            long at = rs.offset() + (long) i * rs.entsize();
            if (rel.symbolIndex() >= syms.size()) {
                throw format(rs, at + 8, "symbol #" + rel.symbolIndex() + " not found for relo #" + i);
            }
            ElfSymbol sym = syms.get(rel.symbolIndex());
            if (rel.offset() % INSN != 0 || rel.offset() >= target.size()) {
                throw format(rs, at, "invalid offset 0x" + Long.toHexString(rel.offset()) + " for relo #" + i);
            }
            int insnIdx = (int) (rel.offset() / INSN);
            String symName = sym.type() == ElfSymbol.SECTION && sym.name().isEmpty() && sym.isDefined()
                    ? secs.get(sym.sectionIndex()).name() : sym.name();
            Prog prog = findProgBySecInsn(target.index(), insnIdx);
            if (prog == null) {
                continue; // libbpf: probably an overridden weak function
            }
            prog.relos.add(recordReloc(prog, insnIdx - prog.secInsnOff, symName, sym, rs, at));
        }
    }

    private static boolean isLdImm64(int code) {
        return code == 0x18;
    }

    /** libbpf's {@code bpf_program__record_reloc}. */
    private Relo recordReloc(Prog prog, int insn, String symName, ElfSymbol sym, ElfSection rs, long at) {
        int p = insn * INSN;
        int code = prog.code[p] & 0xff;
        int regs = prog.code[p + 1] & 0xff;
        int src = order == ByteOrder.LITTLE_ENDIAN ? regs >>> 4 : regs & 0xf;
        int imm = Bytes.get32(prog.code, p + 4, order);
        boolean isCall = code == 0x85;
        if (!isCall && !isLdImm64(code)) {
            throw format(rs, at, "prog '" + prog.name + "': invalid relo against '" + symName + "' for insns["
                    + insn + "].code 0x" + Integer.toHexString(code));
        }
        if (symIsExtern(sym)) {
            for (int e = 0; e < externs.size(); e++) {
                if (externs.get(e).symIdx == sym.index()) {
                    return new Relo(isCall ? ReloType.EXTERN_FUNC : ReloType.EXTERN_VAR, insn, -1, 0, e);
                }
            }
            throw format(rs, at, "prog '" + prog.name + "': extern relo failed to find extern for '" + symName
                    + "'");
        }
        int shndx = sym.sectionIndex();
        if (isCall) {
            if (src != 1) {
                throw format(rs, at, "prog '" + prog.name + "': incorrect bpf_call opcode");
            }
            if (shndx == 0 || shndx != textShndx) {
                throw format(rs, at, "prog '" + prog.name + "': bad call relo against '" + symName + "' in section "
                        + shndx);
            }
            if (sym.value() % INSN != 0) {
                throw format(rs, at, "prog '" + prog.name + "': bad call relo against '" + symName + "' at offset "
                        + sym.value());
            }
            return new Relo(ReloType.CALL, insn, -1, sym.value(), -1);
        }
        if (shndx == 0 || shndx >= 0xff00) {
            throw format(rs, at, "prog '" + prog.name + "': invalid relo against '" + symName
                    + "' in special section 0x" + Integer.toHexString(shndx) + "; forgot to initialize global var?");
        }
        if (shndx == textShndx && (sym.type() == ElfSymbol.FUNC && sym.bind() != ElfSymbol.LOCAL
                || sym.type() == ElfSymbol.SECTION && sym.bind() == ElfSymbol.LOCAL)) {
            if (sym.value() % INSN != 0 || imm % INSN != 0) {
                throw format(rs, at, "prog '" + prog.name + "': bad subprog addr relo against '" + symName
                        + "' at offset " + sym.value() + "+" + imm);
            }
            return new Relo(ReloType.SUBPROG_ADDR, insn, -1, sym.value(), -1);
        }
        SecType st = secTypes[shndx];
        boolean data = st == SecType.DATA || st == SecType.RODATA || st == SecType.BSS;
        if (!data) {
            if (shndx != btfMapsShndx && shndx != legacyMapsShndx) {
                throw format(rs, at, "prog '" + prog.name + "': bad map relo against '" + symName + "' in section '"
                        + secs.get(shndx).name() + "'");
            }
            Integer m = mapByOffset.get(new MapKey(shndx, sym.value()));
            if (m != null) {
                return new Relo(ReloType.LD64, insn, m, 0, -1);
            }
            throw format(rs, at, "prog '" + prog.name + "': map relo failed to find map for section '"
                    + secs.get(shndx).name() + "', off " + sym.value());
        }
        Integer m = dataMapBySection.get(shndx);
        if (m != null) {
            return new Relo(ReloType.DATA, insn, m, sym.value(), -1);
        }
        throw format(rs, at, "prog '" + prog.name + "': data relo failed to find map for section '"
                + secs.get(shndx).name() + "'");
    }

    /** libbpf's {@code bpf_object__collect_map_relos}: initial slots of maps of maps and program arrays. */
    private void collectMapRelos(ElfSection rs) {
        List<ElfRelocation> rels = elf.relocations(rs);
        for (int i = 0; i < rels.size(); i++) {
            ElfRelocation rel = rels.get(i);
            long at = rs.offset() + (long) i * rs.entsize();
            ElfSymbol sym = syms.get(rel.symbolIndex());
            String name = sym.name();
            MapDesc map = null;
            for (MapDesc m : maps) {
                if (m.secIdx == btfMapsShndx && m.origin == BpfMap.Origin.BTF && m.secOffset <= rel.offset()
                        && rel.offset() + 8 <= m.secOffset + m.varSize) {
                    map = m;
                    break;
                }
            }
            if (map == null) {
                throw format(rs, at, ".maps relo #" + i + ": cannot find map '" + name + "' at offset "
                        + rel.offset());
            }
            boolean mapInMap = map.type.isMapInMap();
            if (mapInMap) {
                if (sym.sectionIndex() != btfMapsShndx) {
                    throw format(rs, at, ".maps relo #" + i + ": '" + name + "' isn't a BTF-defined map");
                }
                if (map.type == MapType.HASH_OF_MAPS && map.keySize != 4) {
                    throw format(rs, at, ".maps relo #" + i + ": hash-of-maps '" + map.name
                            + "' should have key size 4");
                }
                if (maps.stream().noneMatch(m -> m.name.equals(name))) {
                    throw format(rs, at, ".maps relo #" + i + ": '" + name + "' isn't a valid map reference");
                }
            } else if (map.type == MapType.PROG_ARRAY) {
                Prog target = null;
                for (Prog p : progs) {
                    if (!isSubprog(p) && p.name.equals(name)) {
                        target = p;
                        break;
                    }
                }
                if (target == null || target.secIdx != sym.sectionIndex()
                        || (long) target.secInsnOff * INSN != sym.value()) {
                    throw format(rs, at, ".maps relo #" + i + ": '" + name + "' isn't an entry-point program");
                }
            } else {
                throw format(rs, at, ".maps relo #" + i + ": map '" + map.name + "' is neither map-in-map nor"
                        + " prog-array");
            }
            if (map.valuesOffset < 0 || rel.offset() - map.secOffset < map.valuesOffset) {
                throw format(rs, at, ".maps relo #" + i + ": offset " + rel.offset() + " is not in '" + map.name
                        + "'.values");
            }
            long slot = rel.offset() - map.secOffset - map.valuesOffset;
            if (slot % 8 != 0) {
                throw format(rs, at, ".maps relo #" + i + ": offset is not at an 8-byte slot of values");
            }
            int idx = (int) (slot / 8);
            while (map.slots.size() <= idx) {
                map.slots.add(null);
            }
            map.slots.set(idx, name);
        }
    }

    // ------------------------------------------------------------------ linking

    private List<BpfProgram> linkAll() {
        List<BpfProgram> out = new ArrayList<>();
        for (Prog p : progs) {
            if (isSubprog(p)) {
                continue;
            }
            out.add(link(p));
        }
        return out;
    }

    /** The state of linking one entry-point program. */
    private final class Linker {
        final Prog main;
        byte[] insns;
        int cnt;
        final List<Relo> relos = new ArrayList<>();
        final Map<Prog, Integer> placed = new HashMap<>();
        final List<BpfProgram.Subprogram> subNames = new ArrayList<>();
        final List<ExtInfo.FuncInfo> funcs = new ArrayList<>();
        final List<ExtInfo.LineInfo> lines = new ArrayList<>();
        final List<ExtInfo.CoreRelo> cores = new ArrayList<>();
        boolean funcsOk = true;
        boolean linesOk = true;
        int depth;

        Linker(Prog main) {
            this.main = main;
            this.insns = main.code.clone();
            this.cnt = main.secInsnCnt;
            placed.put(main, 0);
            relos.addAll(main.relos);
        }
    }

    private BpfProgram link(Prog main) {
        Linker l = new Linker(main);
        relocCode(l, main, 0);
        List<Fixup> fixups = new ArrayList<>();
        for (Relo r : l.relos) {
            switch (r.type) {
                case LD64 -> fixups.add(new Fixup.Map(r.insn, r.map));
                case DATA -> {
                    int imm = Bytes.get32(l.insns, r.insn * INSN + 4, order);
                    fixups.add(new Fixup.MapValue(r.insn, r.map, (int) (imm + r.symOff)));
                }
                case EXTERN_VAR -> {
                    Extern e = externs.get(r.ext);
                    if (e.kcfg) {
                        fixups.add(new Fixup.MapValue(r.insn, kconfigMapIdx, kcfgOffset(e)));
                    } else {
                        fixups.add(new Fixup.Extern(r.insn, e.name, false));
                    }
                }
                case EXTERN_FUNC -> fixups.add(new Fixup.Extern(r.insn, externs.get(r.ext).name, true));
                case CALL, SUBPROG_ADDR -> { }
            }
        }
        SectionDef def = SectionDef.find(main.secName).orElse(null);
        boolean autoload = !main.secName.startsWith("?");
        String secName = autoload ? main.secName : main.secName.substring(1);
        return new BpfProgram(main.name, secName, autoload, def, main.secInsnOff * INSN,
                InsnCodec.decode(main.code, 0, main.code.length, order),
                InsnCodec.decode(l.insns, 0, l.cnt * INSN, order), l.subNames, fixups,
                l.funcsOk ? l.funcs : List.of(), l.linesOk ? l.lines : List.of(), l.cores);
    }

    private int kcfgOffset(Extern target) {
        int off = 0;
        for (Extern e : externs) {
            if (!e.kcfg) {
                continue;
            }
            off = roundUp(off, e.align);
            if (e == target) {
                return off;
            }
            off += e.size;
        }
        return off;
    }

    /** libbpf's {@code bpf_object__reloc_code}, with recursion bounded by the number of programs. */
    private void relocCode(Linker l, Prog prog, int subInsnOff) {
        if (++l.depth > MAX_SUBPROGS) {
            throw format(null, -1, "prog '" + l.main.name + "': subprogram calls nest deeper than "
                    + MAX_SUBPROGS + " (the kernel's BPF_MAX_SUBPROGS)");
        }
        adjustExtInfo(l, prog, subInsnOff);
        for (int i = 0; i < prog.secInsnCnt; i++) {
            int p = (subInsnOff + i) * INSN;
            int code = l.insns[p] & 0xff;
            int regs = l.insns[p + 1] & 0xff;
            int src = order == ByteOrder.LITTLE_ENDIAN ? regs >>> 4 : regs & 0xf;
            int dst = order == ByteOrder.LITTLE_ENDIAN ? regs & 0xf : regs >>> 4;
            short off = (short) (order == ByteOrder.LITTLE_ENDIAN
                    ? (l.insns[p + 2] & 0xff) | (l.insns[p + 3] << 8) : (l.insns[p + 2] << 8) | (l.insns[p + 3] & 0xff));
            int imm = Bytes.get32(l.insns, p + 4, order);
            boolean subprogCall = code == 0x85 && src == 1 && dst == 0 && off == 0;
            boolean pseudoFunc = code == 0x18 && src == 4;
            if (!subprogCall && !pseudoFunc) {
                continue;
            }
            Relo relo = prog.reloByInsn.get(i);
            if (relo != null && relo.type == ReloType.EXTERN_FUNC) {
                continue;
            }
            if (relo != null && relo.type != ReloType.CALL && relo.type != ReloType.SUBPROG_ADDR) {
                throw format(null, -1, "prog '" + prog.name + "': unexpected relo for insn #" + i + ", type "
                        + relo.type);
            }
            long subInsnIdx;
            if (relo != null) {
                subInsnIdx = relo.type == ReloType.CALL ? relo.symOff / INSN + imm + 1 : (relo.symOff + imm) / INSN;
            } else if (pseudoFunc) {
                throw format(null, -1, "prog '" + prog.name + "': missing subprog addr relo for insn #" + i);
            } else {
                subInsnIdx = prog.secInsnOff + i + (long) imm + 1;
            }
            Prog sub = textShndx < 0 ? null : findProgBySecInsn(textShndx, subInsnIdx);
            if (sub == null) {
                throw format(null, -1, "prog '" + prog.name + "': insn #" + i
                        + " calls instruction " + subInsnIdx + " of .text, where no function is");
            }
            Integer at = l.placed.get(sub);
            if (at == null) {
                if ((long) l.cnt + sub.secInsnCnt > MAX_LINKED_INSNS) {
                    throw format(null, -1, "prog '" + l.main.name + "': linked program exceeds "
                            + MAX_LINKED_INSNS + " instructions (the kernel's BPF_COMPLEXITY_LIMIT_INSNS)");
                }
                linkedTotal += sub.secInsnCnt;
                if (linkedTotal > MAX_LINKED_TOTAL) {
                    throw format(null, -1, "linked programs exceed " + MAX_LINKED_TOTAL + " instructions in total");
                }
                at = l.cnt;
                l.placed.put(sub, at);
                int newCnt = l.cnt + sub.secInsnCnt;
                l.insns = Arrays.copyOf(l.insns, newCnt * INSN);
                System.arraycopy(sub.code, 0, l.insns, at * INSN, sub.code.length);
                l.cnt = newCnt;
                l.subNames.add(new BpfProgram.Subprogram(sub.name, at, sub.secInsnCnt));
                if (sub != l.main) {
                    for (Relo r : sub.relos) {
                        l.relos.add(r.shifted(at));
                    }
                }
                relocCode(l, sub, at);
            }
            int newImm = at - (subInsnOff + i) - 1;
            Bytes.put32(l.insns, p + 4, newImm, order);
        }
        l.depth--;
    }

    /** libbpf's {@code reloc_prog_func_and_line_info} and {@code adjust_prog_btf_ext_info}; CO-RE likewise. */
    private void adjustExtInfo(Linker l, Prog prog, int subInsnOff) {
        if (btfExt == null) {
            return;
        }
        ExtSections.Section sec = btfExt.section(prog.secName);
        int adj = subInsnOff - prog.secInsnOff;
        boolean isMain = prog == l.main;
        if (l.funcsOk && (isMain || !l.funcs.isEmpty())) {
            int before = l.funcs.size();
            for (ExtInfo.FuncInfo f : sec.funcInfo()) {
                if (f.insn() >= prog.secInsnOff && f.insn() < prog.secInsnOff + prog.secInsnCnt) {
                    l.funcs.add(new ExtInfo.FuncInfo(f.insn() + adj, f.typeId()));
                }
            }
            if (l.funcs.size() == before) {
                if (!isMain) {
                    throw format(null, -1, "prog '" + prog.name + "': missing .BTF.ext function info");
                }
                l.funcsOk = false;
            }
        }
        if (l.linesOk && (isMain || !l.lines.isEmpty())) {
            int before = l.lines.size();
            for (ExtInfo.LineInfo f : sec.lineInfo()) {
                if (f.insn() >= prog.secInsnOff && f.insn() < prog.secInsnOff + prog.secInsnCnt) {
                    l.lines.add(new ExtInfo.LineInfo(f.insn() + adj, f.fileNameOff(), f.lineOff(), f.lineCol()));
                }
            }
            if (l.lines.size() == before) {
                if (!isMain) {
                    throw format(null, -1, "prog '" + prog.name + "': missing .BTF.ext line info");
                }
                l.linesOk = false;
            }
        }
        for (ExtInfo.CoreRelo c : sec.coreRelos()) {
            if (c.insn() >= prog.secInsnOff && c.insn() < prog.secInsnOff + prog.secInsnCnt) {
                l.cores.add(new ExtInfo.CoreRelo(c.insn() + adj, c.typeId(), c.accessStrOff(), c.kind()));
            }
        }
    }
}
