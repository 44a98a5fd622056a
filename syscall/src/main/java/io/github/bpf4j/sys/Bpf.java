package io.github.bpf4j.sys;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.Pseudo;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfExt;
import io.github.bpf4j.btf.CoreReloKind;
import io.github.bpf4j.btf.core.CoreRelocator;
import io.github.bpf4j.btf.core.CoreResult;
import io.github.bpf4j.elf.AttachTarget;
import io.github.bpf4j.elf.AttachType;
import io.github.bpf4j.elf.BpfObject;
import io.github.bpf4j.elf.BpfProgram;
import io.github.bpf4j.elf.ExtInfo;
import io.github.bpf4j.elf.Fixup;
import io.github.bpf4j.elf.MapType;
import io.github.bpf4j.elf.ProgType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads whole BPF objects: creates the maps, fills global data, patches map references and loads the programs, in
 * the order of libbpf's {@code bpf_object__load} (maps, then programs, then map-in-map and program-array slots).
 *
 * <p>CO-RE relocations are applied against the running kernel's BTF ({@code /sys/kernel/btf/vmlinux}) with
 * bpf-btf's {@code CoreRelocator}, one instance per object as libbpf keeps one candidate cache per object. Not yet
 * done here: {@code __ksym} externs (an object needing them is refused with a message saying so), and loading the
 * object's BTF (maps are created without BTF type ids, programs without
 * func_info/line_info; maps whose type needs BTF, such as task storage, cannot be created this way yet).
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
        try {
            for (io.github.bpf4j.elf.BpfMap m : specs) {
                BpfMap live = BpfMap.create(mapSpec(m));
                maps.put(m.name(), live);
                byIndex.add(live);
                initialise(m, live);
            }
            for (BpfProgram p : object.programs()) {
                if (!p.autoload()) {
                    notes.add("program " + p.name() + " is not autoloaded (section '?" + p.sectionName() + "')");
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
                ProgramSpec spec = programSpec(object, p, code, byIndex);
                Program live = Program.load(spec, options).withAttachTarget(p.attachTarget().orElse(null));
                programs.put(p.name(), live);
            }
            for (io.github.bpf4j.elf.BpfMap m : specs) {
                fillSlots(m, maps.get(m.name()), maps, programs);
            }
            return new LoadedObject(object.name(), maps, programs, notes);
        } catch (RuntimeException e) {
            programs.values().forEach(Program::close);
            maps.values().forEach(BpfMap::close);
            throw e;
        }
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

    private static void initialise(io.github.bpf4j.elf.BpfMap m, BpfMap live) {
        if (!m.isInternal()) {
            return;
        }
        byte[] init = m.initialValue();
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
        List<BtfExt.CoreRelo> relos = new ArrayList<>(p.coreRelos().size());
        for (ExtInfo.CoreRelo r : p.coreRelos()) {
            relos.add(new BtfExt.CoreRelo(8L * r.insn(), r.typeId(), local.string(r.accessStrOff()),
                    CoreReloKind.ofValue(r.kind())));
        }
        CoreResult result = relocator.relocate(p.linkedInsns(), relos);
        return result.insns();
    }

    static ProgramSpec programSpec(BpfObject object, BpfProgram p, List<Insn> code, List<BpfMap> maps) {
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
                case EXTERN -> throw new UnsupportedOperationException("program " + p.name() + " refers to the "
                        + "kernel symbol " + ((Fixup.Extern) f).name() + " (__ksym), which this loader does not "
                        + "resolve yet");
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
