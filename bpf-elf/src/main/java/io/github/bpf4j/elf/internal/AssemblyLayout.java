package io.github.bpf4j.elf.internal;

import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.CallKind;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.Pseudo;
import io.github.bpf4j.asm.CoreRelocation;
import io.github.bpf4j.asm.text.Assembly;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfBuilder;
import io.github.bpf4j.btf.BtfExt;
import io.github.bpf4j.btf.BtfType;
import io.github.bpf4j.btf.BtfWriter;
import io.github.bpf4j.btf.CoreReloKind;
import io.github.bpf4j.btf.core.LocalTypes;
import io.github.bpf4j.elf.ElfSection;
import io.github.bpf4j.elf.MapType;
import io.github.bpf4j.elf.RelocatableObject;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lays an {@link Assembly} out as a relocatable object: its sections, symbols and relocations as they are, and, when
 * it has CO-RE relocations or {@code .bpf_map} declarations, the {@code .BTF} and {@code .BTF.ext} sections clang
 * would write for the equivalent C: the local types the relocations name (from {@link LocalTypes}, ids kept), a
 * FUNC per program, the BTF-defined maps of {@code .maps} with their DATASEC, and {@code .BTF.ext} with func_info and
 * core_relo records ({@code insn_off} in bytes from the section start, as in clang's objects).
 */
public final class AssemblyLayout {

    private AssemblyLayout() {}

    /** The object of {@code assembly}; {@code local} holds the types its CO-RE relocations name (null if none). */
    public static RelocatableObject of(Assembly assembly, LocalTypes local) {
        Map<String, Integer> sectionIndex = new HashMap<>();
        for (Assembly.Section s : assembly.sections()) {
            sectionIndex.putIfAbsent(s.name(), sectionIndex.size());
        }
        List<RelocatableObject.Symbol> symbols = new ArrayList<>();
        Map<Assembly.Symbol, Integer> symbolIndex = new HashMap<>();
        for (Assembly.Symbol sym : assembly.symbols()) {
            symbolIndex.put(sym, symbols.size());
            symbols.add(symbol(sym, sectionIndex));
        }
        List<RelocatableObject.Section> sections = new ArrayList<>();
        for (Assembly.Section s : assembly.sections()) {
            List<RelocatableObject.Relocation> relocs = new ArrayList<>();
            for (Assembly.Relocation r : s.relocations()) {
                Integer target = symbolIndex.get(r.symbol());
                if (target == null) {
                    // a relocation against a symbol the unit does not list (a section symbol): added once
                    target = symbols.size();
                    symbolIndex.put(r.symbol(), target);
                    symbols.add(symbol(r.symbol(), sectionIndex));
                }
                relocs.add(new RelocatableObject.Relocation(r.offset(), r.type().code(), target));
            }
            int type = s.type() == Assembly.SectionType.NOBITS ? ElfSection.NOBITS : ElfSection.PROGBITS;
            sections.add(new RelocatableObject.Section(s.name(), type, Assembly.SectionFlag.maskOf(s.flags()),
                    s.alignment(), s.entrySize(), s.content(), s.size(), relocs));
        }
        if (!assembly.coreRelocations().isEmpty() || !assembly.maps().isEmpty()) {
            for (String own : List.of(".BTF", ".BTF.ext")) {
                if (assembly.section(own).isPresent()) {
                    throw new IllegalArgumentException("the assembly has its own " + own + " section and CO-RE "
                            + "references or .bpf_map declarations, whose BTF bpf4j writes: use one or the other");
                }
            }
            if (!assembly.coreRelocations().isEmpty() && local == null) {
                throw new IllegalArgumentException("the assembly has CO-RE relocations: its LocalTypes are needed");
            }
            btf(assembly, local, sections);
        }
        return new RelocatableObject(ByteOrder.LITTLE_ENDIAN, sections, symbols);
    }

    private static RelocatableObject.Symbol symbol(Assembly.Symbol sym, Map<String, Integer> sectionIndex) {
        int section;
        if (sym.section() == null) {
            section = RelocatableObject.UNDEF;
        } else if (sym.section().equals(Assembly.Symbol.ABSOLUTE)) {
            section = RelocatableObject.ABS;
        } else if (sym.section().equals(Assembly.Symbol.COMMON)) {
            section = RelocatableObject.COMMON;
        } else {
            section = sectionIndex.get(sym.section());
        }
        String name = sym.type() == Assembly.SymbolType.SECTION ? "" : sym.name();
        return new RelocatableObject.Symbol(name, sym.type().code(), sym.binding().code(), sym.visibility().code(),
                section, sym.value(), sym.size());
    }

    // ---------------------------------------------------------------------------------------------- BTF

    private static void btf(Assembly assembly, LocalTypes local, List<RelocatableObject.Section> sections) {
        BtfBuilder b = Btf.builder();
        if (local != null) {
            for (BtfType t : local.types()) {
                b.add(t);
            }
        }
        int[] intType = {0};
        int[] sizeType = {0};
        java.util.function.IntSupplier ints = () -> intType[0] != 0 ? intType[0]
                : (intType[0] = b.addInt("int", 4, BtfType.IntEncoding.SIGNED));
        java.util.function.IntSupplier sizes = () -> sizeType[0] != 0 ? sizeType[0]
                : (sizeType[0] = b.addInt("__ARRAY_SIZE_TYPE__", 4, BtfType.IntEncoding.NONE));

        // one FUNC per program section with a function symbol at its start (see funcInfoSafe)
        Map<String, List<BtfExt.FuncInfo>> funcInfos = new LinkedHashMap<>();
        int proto = 0;
        for (Assembly.Section s : assembly.sections()) {
            if (!s.isCode() || s.size() == 0 || !funcInfoSafe(assembly, s)) {
                continue;
            }
            Assembly.Symbol fn = function(assembly, s);
            if (proto == 0) {
                int voidPtr = b.addPtr(0);
                proto = b.addFuncProto(ints.getAsInt(), List.of(new BtfType.Param("ctx", voidPtr)));
            }
            int func = b.addFunc(fn.name(), proto, fn.binding() == Assembly.Binding.LOCAL
                    ? BtfType.Linkage.STATIC : BtfType.Linkage.GLOBAL);
            funcInfos.put(s.name(), List.of(new BtfExt.FuncInfo(0, func)));
        }

        // BTF-defined maps, as libbpf's __uint() macros spell them: int (*name)[value]
        if (!assembly.maps().isEmpty()) {
            List<BtfType.VarSecinfo> vars = new ArrayList<>();
            for (Assembly.MapDefinition m : assembly.maps()) {
                List<BtfType.Member> members = new ArrayList<>();
                long[] values = {mapType(m), m.keySize(), m.valueSize(), m.maxEntries(), m.flags()};
                String[] names = {"type", "key_size", "value_size", "max_entries", "map_flags"};
                for (int i = 0; i < values.length; i++) {
                    if (i == 0 || values[i] != 0) {
                        int arr = b.addArray(ints.getAsInt(), sizes.getAsInt(), (int) values[i]);
                        members.add(BtfType.Member.of(names[i], b.addPtr(arr), members.size() * 64L));
                    }
                }
                int struct = b.addStruct("", members.size() * 8, members);
                int var = b.addVar(m.name(), struct, BtfType.Linkage.GLOBAL);
                Assembly.Symbol sym = assembly.symbol(m.name()).orElseThrow();
                vars.add(new BtfType.VarSecinfo(var, sym.value(), members.size() * 8L));
            }
            long size = assembly.section(".maps").map(Assembly.Section::size).orElse(0L);
            b.addDatasec(".maps", (int) size, vars);
        }

        Btf btf = b.build();
        Map<String, List<BtfExt.CoreRelo>> relos = new LinkedHashMap<>();
        assembly.coreRelocations().forEach((section, list) -> {
            List<BtfExt.CoreRelo> out = new ArrayList<>(list.size());
            for (CoreRelocation r : list) {
                out.add(new BtfExt.CoreRelo(r.insnOff(), r.typeId(), r.accessString(),
                        CoreReloKind.ofValue(r.ref().kind().value())));
            }
            relos.put(section, out);
        });
        BtfWriter writer = new BtfWriter(btf);
        byte[] ext = new BtfExt(funcInfos, Map.of(), relos).write(writer, ByteOrder.LITTLE_ENDIAN);
        byte[] types = writer.write(ByteOrder.LITTLE_ENDIAN);
        sections.add(RelocatableObject.Section.progbits(".BTF", 0, 4, types, List.of()));
        sections.add(RelocatableObject.Section.progbits(".BTF.ext", 0, 4, ext, List.of()));
    }

    /** The map type's number: a kernel name in lower case ({@code perf_event_array}) or a number. */
    private static long mapType(Assembly.MapDefinition m) {
        if (m.type().chars().allMatch(Character::isDigit)) {
            return Long.parseLong(m.type());
        }
        try {
            return MapType.valueOf(m.type().toUpperCase(Locale.ROOT)).code();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("map " + m.name() + ": unknown map type '" + m.type() + "'", e);
        }
    }

    /** The function symbol at offset 0 of a code section. */
    private static Assembly.Symbol function(Assembly assembly, Assembly.Section s) {
        for (Assembly.Symbol sym : assembly.symbols()) {
            if (s.name().equals(sym.section()) && sym.value() == 0 && sym.type() == Assembly.SymbolType.FUNC) {
                return sym;
            }
        }
        return null;
    }

    /**
     * Whether a func_info record for the section's one function is right: the kernel wants one record per
     * subprogram and checks a global subprogram against its prototype, which we cannot know; so only a section
     * whose function starts it and that calls no BPF function (no subprograms) gets one.
     */
    private static boolean funcInfoSafe(Assembly assembly, Assembly.Section s) {
        if (function(assembly, s) == null) {
            return false;
        }
        for (Assembly.PlacedInsn p : s.insns()) {
            if (p.insn() instanceof Call c && c.callKind() == CallKind.LOCAL
                    || p.insn() instanceof LoadImm64 ld && ld.pseudo() == Pseudo.FUNC) {
                return false;
            }
        }
        for (Assembly.Relocation r : s.relocations()) {
            if (r.type() == Assembly.RelocationType.BPF_64_32) {
                return false;
            }
        }
        for (Assembly.Symbol sym : assembly.symbols()) {
            if (s.name().equals(sym.section()) && sym.type() == Assembly.SymbolType.FUNC && sym.value() != 0) {
                return false;
            }
        }
        return true;
    }
}
