package io.github.bpf4j.sys;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.Pseudo;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.core.CoreRelocator;
import io.github.bpf4j.elf.AttachTarget;
import io.github.bpf4j.elf.AttachType;
import io.github.bpf4j.elf.BpfObject;
import io.github.bpf4j.elf.BpfProgram;
import io.github.bpf4j.elf.ExtInfo;
import io.github.bpf4j.elf.Fixup;
import io.github.bpf4j.elf.MapType;
import io.github.bpf4j.elf.ProgType;
import io.github.bpf4j.asm.Call;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.elf.ElfSymbol;
import io.github.bpf4j.elf.RelocatableObject;
import io.github.bpf4j.sys.internal.ObjectBtf;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads whole BPF objects: creates the maps, fills global data, patches map references and loads the programs, in
 * the order of libbpf 1.1's {@code bpf_object__load} (externs, BTF, maps, then programs, then map-in-map and
 * program-array slots).
 *
 * <p>The object's {@code .BTF} is prepared as libbpf prepares it ({@code bpf_object__collect_externs},
 * {@code btf_finalize_data}, {@code bpf_object__sanitize_btf}, see {@link ObjectBtf}) and loaded; maps are created
 * with its key and value type ids and programs loaded with its func_info and line_info, so that the verifier log
 * carries the source lines. A kernel that refuses the BTF costs only that: the refusal goes to
 * {@link LoadedObject#notes()} and loading goes on without BTF, as libbpf does for objects that do not need it.
 *
 * <p>CO-RE relocations are applied against the running kernel's BTF ({@code /sys/kernel/btf/vmlinux}) with
 * bpf-btf's {@code CoreRelocator}, one instance per object as libbpf keeps one candidate cache per object.
 * {@code __ksym} externs are resolved against the same BTF ({@code bpf_object__resolve_ksyms_btf_id}) or, when
 * typeless, {@code /proc/kallsyms}; {@code __kconfig} externs from {@code uname} and {@code /proc/config.gz}.
 */
public final class Bpf {

    private Bpf() {}

    /** Loads the object's maps and programs. */
    public static LoadedObject load(BpfObject object, LoadOptions options) {
        Map<String, BpfMap> maps = new LinkedHashMap<>();
        Map<String, Program> programs = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<io.github.bpf4j.elf.BpfMap> specs = object.maps();
        List<BpfMap> byIndex = new ArrayList<>();
        CoreRelocator relocator = null;
        LoadedBtf btf = null;
        try {
            Externs externs = Externs.of(object);
            btf = loadBtf(object, externs, notes);
            LoadOptions progOptions = btf == null ? options : options.withProgBtf(btf);
            for (io.github.bpf4j.elf.BpfMap m : specs) {
                BpfMap live = createMap(m, btf, notes);
                maps.put(m.name(), live);
                byIndex.add(live);
                initialise(m, live, externs);
            }
            for (BpfProgram p : object.programs()) {
                if (options.programs() != null ? !options.programs().contains(p.name()) : !p.autoload()) {
                    notes.add("program " + p.name() + " is not " + (options.programs() != null ? "selected"
                            : "autoloaded (section '?" + p.sectionName() + "')"));
                    continue;
                }
                if (p.type() == ProgType.UNSPEC) {
                    notes.add("program " + p.name() + " in section '" + p.sectionName()
                            + "' has no program type libbpf would know: not loaded");
                    continue;
                }
                List<Insn> code = p.linkedInsns();
                if (!p.coreRelos().isEmpty()) {
                    if (relocator == null) {
                        Btf local = object.btf().orElseThrow(() -> new IllegalStateException("program " + p.name()
                                + " has CO-RE relocations but the object has no .BTF"));
                        relocator = CoreRelocator.of(local, KernelTypes.vmlinux());
                    }
                    code = relocateCore(relocator, object.btf().orElseThrow(), p);
                }
                ProgramSpec spec = programSpec(object, p, code, byIndex, externs);
                if (btf != null) {
                    spec = withExtInfo(spec, p, object.contents().order());
                }
                Program live = Program.load(spec, progOptions).withAttachTarget(p.attachTarget().orElse(null));
                programs.put(p.name(), live);
            }
            for (io.github.bpf4j.elf.BpfMap m : specs) {
                fillSlots(m, maps.get(m.name()), maps, programs);
            }
            return new LoadedObject(object.name(), maps, programs, notes, btf);
        } catch (RuntimeException e) {
            programs.values().forEach(Program::close);
            maps.values().forEach(BpfMap::close);
            if (btf != null) {
                btf.close();
            }
            throw e;
        }
    }

    /**
     * The object's BTF as libbpf 1.1 loads it ({@code bpf_object__load_btf}): externs' sections, DATASEC sizes and
     * VAR offsets fixed, kinds the kernel lacks rewritten; {@code null} (with a note) when there is none or the
     * kernel refuses it.
     */
    static LoadedBtf loadBtf(BpfObject object, Externs externs, List<String> notes) {
        if (object.btfBytes().isEmpty()) {
            return null;
        }
        byte[] raw = prepareBtf(object, externs, missingBtfKinds());
        try {
            return LoadedBtf.load(raw);
        } catch (BpfException e) {
            if (e.errno().equals(Errno.EPERM)) {
                throw e;
            }
            notes.add("the kernel refused the object's BTF, loading without it: " + e.getMessage());
            return null;
        }
    }

    /** The BTF kinds the running kernel lacks, by probe (none on 6.18). */
    static Set<BtfKind> missingBtfKinds() {
        Set<BtfKind> missing = EnumSet.noneOf(BtfKind.class);
        for (BtfKind k : List.of(BtfKind.DATASEC, BtfKind.FUNC, BtfKind.FLOAT, BtfKind.DECL_TAG, BtfKind.TYPE_TAG,
                BtfKind.ENUM64)) {
            if (!Features.btfKind(k)) {
                missing.add(k);
            }
        }
        return missing;
    }

    /** The raw BTF to hand {@code BPF_BTF_LOAD}, sanitized for a kernel that lacks {@code missing}. */
    static byte[] prepareBtf(BpfObject object, Externs externs, Set<BtfKind> missing) {
        ObjectBtf b = ObjectBtf.read(object.btfBytes().orElseThrow());
        RelocatableObject contents = object.contents();
        Map<String, Long> sectionSizes = new HashMap<>();
        for (RelocatableObject.Section s : contents.sections()) {
            sectionSizes.putIfAbsent(s.name(), s.size());
        }
        Map<String, Long> symbols = new HashMap<>();
        for (RelocatableObject.Symbol s : contents.symbols()) {
            if (s.bind() == ElfSymbol.LOCAL || s.section() < 0 || s.name().isEmpty()) {
                continue;
            }
            boolean hidden = s.visibility() == ElfSymbol.HIDDEN || s.visibility() == ElfSymbol.INTERNAL;
            symbols.putIfAbsent(s.name(), hidden ? -2 - s.value() : s.value());
        }
        b.fixExterns(name -> externs.kconfigOffset(name), externs.kconfigSize());
        b.fixDatasecs(name -> sectionSizes.getOrDefault(name, -1L), name -> symbols.getOrDefault(name, -1L));
        b.sanitize(missing);
        return b.encode();
    }

    /**
     * The map with BTF type ids where the kernel checks them; libbpf's {@code bpf_object__create_map} leaves them
     * out for map types whose keys and values are fds or opaque, and retries without BTF when the kernel refuses.
     */
    static BpfMap createMap(io.github.bpf4j.elf.BpfMap m, LoadedBtf btf, List<String> notes) {
        MapSpec spec = mapSpec(m);
        if (btf == null || !takesBtf(m.type()) || (m.btfKeyType() == 0 && m.btfValueType() == 0)) {
            return BpfMap.create(spec);
        }
        try {
            return BpfMap.create(spec.withBtfTypes(m.btfKeyType(), m.btfValueType()), btf);
        } catch (BpfException e) {
            if (e.errno().equals(Errno.EPERM)) {
                throw e;
            }
            notes.add("map " + m.name() + " refused with BTF types (" + e.errno().symbol() + "), created without");
            return BpfMap.create(spec);
        }
    }

    /** Whether libbpf 1.1 passes BTF key/value ids for this map type (not for fd-valued or keyless types). */
    static boolean takesBtf(MapType type) {
        return switch (type) {
            case PERF_EVENT_ARRAY, CGROUP_ARRAY, STACK_TRACE, ARRAY_OF_MAPS, HASH_OF_MAPS, DEVMAP, DEVMAP_HASH,
                    CPUMAP, XSKMAP, SOCKMAP, SOCKHASH, QUEUE, STACK, RINGBUF -> false;
            default -> true;
        };
    }

    /** func_info (8-byte records) and line_info (16-byte records), instruction offsets in slots of the program. */
    static ProgramSpec withExtInfo(ProgramSpec spec, BpfProgram p, ByteOrder order) {
        if (p.funcInfo().isEmpty() && p.lineInfo().isEmpty()) {
            return spec;
        }
        ByteBuffer func = ByteBuffer.allocate(8 * p.funcInfo().size()).order(order);
        for (ExtInfo.FuncInfo f : p.funcInfo()) {
            func.putInt(f.insn()).putInt(f.typeId());
        }
        ByteBuffer line = ByteBuffer.allocate(16 * p.lineInfo().size()).order(order);
        for (ExtInfo.LineInfo l : p.lineInfo()) {
            line.putInt(l.insn()).putInt(l.fileNameOff()).putInt(l.lineOff()).putInt(l.lineCol());
        }
        return spec.withBtfExt(p.funcInfo().isEmpty() ? null : func.array(), 8,
                p.lineInfo().isEmpty() ? null : line.array(), 16);
    }

    static MapSpec mapSpec(io.github.bpf4j.elf.BpfMap m) {
        String name = kernelName(m.name());
        MapSpec inner = m.inner() == null ? null : mapSpec(m.inner());
        // A perf event array without max_entries gets a slot per possible CPU, as libbpf sizes it.
        int maxEntries = m.type() == MapType.PERF_EVENT_ARRAY && m.maxEntries() == 0
                ? io.github.bpf4j.sys.internal.Cpus.possibleCount() : m.maxEntries();
        return new MapSpec(name, m.type(), m.keySize(), m.valueSize(), maxEntries, m.flags(),
                m.numaNode() == 0 ? -1 : m.numaNode(), m.mapExtra(), 0, 0, inner);
    }

    /** The name the kernel accepts: at most 15 bytes of letters, digits, '_' and '.' (others become '_'). */
    static String kernelName(String name) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < name.length() && sb.length() < 15; i++) {
            char c = name.charAt(i);
            sb.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.') ? c : '_');
        }
        return sb.toString();
    }

    private static void initialise(io.github.bpf4j.elf.BpfMap m, BpfMap live, Externs externs) {
        if (!m.isInternal()) {
            return;
        }
        byte[] init = m.origin() == io.github.bpf4j.elf.BpfMap.Origin.KCONFIG ? externs.kconfigValue()
                : m.initialValue();
        if (init.length > 0) {
            byte[] value = new byte[m.valueSize()];
            System.arraycopy(init, 0, value, 0, Math.min(init.length, value.length));
            live.update(new byte[4], value);
        }
        if (m.origin() == io.github.bpf4j.elf.BpfMap.Origin.RODATA
                || m.origin() == io.github.bpf4j.elf.BpfMap.Origin.KCONFIG) {
            live.freeze(); // as libbpf: read-only data cannot change after load
        }
    }

    private static void fillSlots(io.github.bpf4j.elf.BpfMap m, BpfMap live, Map<String, BpfMap> maps,
            Map<String, Program> programs) {
        List<String> slots = m.initSlots();
        for (int i = 0; i < slots.size(); i++) {
            String target = slots.get(i);
            if (target == null) {
                continue;
            }
            int fd = m.type() == MapType.PROG_ARRAY ? programs.get(target).fd() : maps.get(target).fd();
            live.update(u32(i), u32(fd));
        }
    }

    private static byte[] u32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putInt(v).array();
    }

    /** The linked instructions with CO-RE relocations applied (the records count slots of the linked program). */
    static List<Insn> relocateCore(CoreRelocator relocator, Btf local, BpfProgram p) {
        return relocator.relocate(p.linkedInsns(), p.coreRelocations(local)).insns();
    }

    static ProgramSpec programSpec(BpfObject object, BpfProgram p, List<Insn> code, List<BpfMap> maps,
            Externs externs) {
        List<Insn> insns = new ArrayList<>(code);
        // Fixups name slots; the list holds instructions, a 64-bit load taking two slots.
        int[] slotToIndex = new int[p.linkedSlotCount() + 1];
        java.util.Arrays.fill(slotToIndex, -1);
        int slot = 0;
        for (int i = 0; i < insns.size(); i++) {
            slotToIndex[slot] = i;
            slot += insns.get(i).slots();
        }
        for (Fixup f : p.fixups()) {
            int idx = f.insn() >= 0 && f.insn() < slotToIndex.length ? slotToIndex[f.insn()] : -1;
            if (f instanceof Fixup.Extern ext && ext.function()) {
                if (idx < 0 || !(insns.get(idx) instanceof Call)) {
                    throw new IllegalStateException("program " + p.name() + ": kfunc fixup at slot " + f.insn()
                            + " is not on a call");
                }
                insns.set(idx, externs.kfuncCall(p.name(), ext.name()));
                continue;
            }
            if (idx < 0 || !(insns.get(idx) instanceof LoadImm64 ld)) {
                throw new IllegalStateException("program " + p.name() + ": fixup at slot " + f.insn()
                        + " is not on a 64-bit load");
            }
            switch (f.kind()) {
                case MAP -> insns.set(idx, new LoadImm64(ld.dst(), Pseudo.MAP_FD,
                        maps.get(((Fixup.Map) f).map()).fd(), 0));
                case MAP_VALUE -> {
                    Fixup.MapValue mv = (Fixup.MapValue) f;
                    insns.set(idx, new LoadImm64(ld.dst(), Pseudo.MAP_VALUE, maps.get(mv.map()).fd(), mv.offset()));
                }
                case EXTERN -> insns.set(idx, externs.ksymLoad(p.name(), ld, ((Fixup.Extern) f).name()));
            }
        }
        AttachType expected = p.expectedAttachType().orElse(null);
        int btfId = 0;
        if (p.attachTarget().orElse(null) instanceof AttachTarget.Btf b
                && (p.type() == ProgType.TRACING || p.type() == ProgType.LSM)) {
            btfId = expected == AttachType.TRACE_RAW_TP ? KernelTypes.tracepoint(b.name())
                    : p.type() == ProgType.LSM ? KernelTypes.function("bpf_lsm_" + b.name())
                    : KernelTypes.function(b.name());
        }
        String license = object.license();
        return new ProgramSpec(kernelName(p.name()), p.type(), insns,
                license == null ? "" : license,
                expected, btfId, object.kernelVersion().orElse(0), p.progFlags(), null, 0, null, 0);
    }
}
