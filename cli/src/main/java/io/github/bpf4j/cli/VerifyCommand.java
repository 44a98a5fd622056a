package io.github.bpf4j.cli;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.asm.LoadImm64;
import io.github.bpf4j.asm.Pseudo;
import io.github.bpf4j.asm.text.Assembler;
import io.github.bpf4j.asm.text.Dialect;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfFormatException;
import io.github.bpf4j.btf.core.CoreRelocationException;
import io.github.bpf4j.btf.core.CoreRelocator;
import io.github.bpf4j.elf.AttachTarget;
import io.github.bpf4j.elf.BpfMap;
import io.github.bpf4j.elf.ExtInfo;
import io.github.bpf4j.elf.BpfObject;
import io.github.bpf4j.elf.BpfProgram;
import io.github.bpf4j.elf.Fixup;
import io.github.bpf4j.verifier.KernelProfile;
import io.github.bpf4j.verifier.MapDef;
import io.github.bpf4j.verifier.MapType;
import io.github.bpf4j.verifier.ProgType;
import io.github.bpf4j.verifier.ProgramInput;
import io.github.bpf4j.verifier.Verdict;
import io.github.bpf4j.verifier.Verifier;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bpf4j verify}: what the Linux 6.18 verifier will say about programs, offline and without privileges.
 * Exit 0 when every program is accepted, 1 when one is rejected or cannot be predicted (it uses something the
 * simulator does not model: the line says "cannot predict"), 2 for bad input.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Predict the Linux 6.18 verifier's verdict, message and instruction, offline.",
            "Objects (.o) are linked as libbpf links them, CO-RE relocations applied against --btf, and the log",
            "names source lines from their line_info; --type verifies raw programs (.bin) or assembly (.s)."})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PROG", description = "objects (.o), or with --type: .bin or .s files")
    List<Path> inputs;

    @Option(names = "--program", paramLabel = "NAME", description = "only this program of each object")
    String program;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "program type of raw programs (socket_filter, kprobe, sched_cls, sched_act, tracepoint, "
                    + "xdp, perf_event, cgroup_skb, cgroup_sock, cgroup_device, raw_tracepoint)")
    String type;

    @Option(names = "--map", paramLabel = "TYPE:KEY:VALUE:ENTRIES[:FLAGS]",
            description = "a map of a raw program; ld_imm64 with a map source names it by its position (0, 1, ...); "
                    + "a map of maps names its inner map: array_of_maps:4:4:8(inner=array:4:8:1)")
    List<String> maps = new ArrayList<>();

    @Option(names = "--btf", paramLabel = "FILE",
            description = "the target kernel's BTF for the CO-RE relocations of objects (default: "
                    + "/sys/kernel/btf/vmlinux, when readable)")
    Path btf;

    @Option(names = "--json", description = "one JSON object per line and program")
    boolean json;

    @Option(names = "--log", description = "also print the simulated verifier log (level 1)")
    boolean log;

    @Option(names = "--against-kernel",
            description = "also load each program into the running kernel and report where the two differ "
                    + "(needs root or CAP_BPF); exit 1 when one differs")
    boolean againstKernel;

    @Override
    public Integer call() {
        Verifier verifier = Verifier.forKernel(KernelProfile.linux618());
        PrintWriter out = spec.commandLine().getOut();
        boolean rejected = false;
        for (Path path : inputs) {
            List<Named> named;
            try {
                named = programs(path);
            } catch (UsageException e) {
                if (inputs.size() == 1) {
                    throw e;
                }
                // one input the simulator cannot take (a map type it lacks, a bad file) does not stop the others
                String why = e.getMessage();
                spec.commandLine().getErr()
                        .println("bpf4j: " + (why.startsWith(path.toString()) ? why : path + ": " + why));
                skipped++;
                continue;
            }
            for (Named p : named) {
                Verdict v = verifierFor(path, p.input(), verifier).verify(p.input());
                if (v.internalBug() != null) {
                    throw new IllegalStateException("the simulator failed on " + path + " " + p.name() + ": "
                            + v.internalBug());
                }
                if (againstKernel) {
                    Verdict k;
                    try {
                        k = p.object() != null ? KernelCheck.loadObject(p.object(), p.name())
                                : KernelCheck.load(p.name(), p.input());
                    } catch (UsageException e) {
                        // a program the kernel refuses before verifying (fentry here) does not stop the others
                        out.println(path + " " + p.name() + ": " + e.getMessage());
                        unasked++;
                        continue;
                    }
                    boolean same = k.verdict().equals(v.verdict());
                    rejected |= !same;
                    // the processed count is not part of the verdict, but a difference there is worth seeing
                    String counts = same && !Objects.equals(k.processed(), v.processed())
                            ? " (the kernel processed " + k.processed() + ")" : "";
                    out.println(path + " " + p.name() + ": " + (same ? "simulator and kernel agree: "
                            + text(path, p.name(), v).substring(path.toString().length() + p.name().length() + 3)
                            + counts
                            : (v.simulated() ? "DIFFER" : "NOT SIMULATED") + "\n  kernel:    " + text(path, p.name(), k)
                            + "\n  simulator: "
                            + text(path, p.name(), v)));
                    continue;
                }
                rejected |= !v.accepted();
                out.println(json ? json(path, p.name(), v) : text(path, p.name(), v));
                if (log && !json) {
                    out.print(v.log());
                }
            }
        }
        out.flush();
        if (skipped > 0) {
            throw new UsageException(skipped + " of " + inputs.size() + " inputs could not be simulated (above)");
        }
        if (unasked > 0 && !rejected) {
            throw new UsageException(unasked + " program(s) could not be compared: the live kernel could not be asked");
        }
        return rejected ? Main.NEGATIVE : Main.OK;
    }

    /**
     * BTF-typed programs (tp_btf) and programs loading kernel symbols by BTF id (typed ksyms) are simulated with the
     * target kernel's BTF; the symbols resolve as this machine's kallsyms resolves them when the target is this
     * machine's kernel (no --btf), else as a kernel without CONFIG_KALLSYMS_ALL does (variables do not resolve).
     */
    private Verifier verifierFor(Path path, ProgramInput input, Verifier plain) {
        boolean ksyms = input.insns().stream()
                .anyMatch(i -> i instanceof LoadImm64 ld && ld.pseudo() == Pseudo.BTF_ID);
        if (input.attachBtf() == null && !ksyms) {
            return plain;
        }
        KernelProfile profile = KernelProfile.linux618().withBtf(targetBtf(path));
        return Verifier.forKernel(ksyms && btf == null ? profile.withKallsyms(localKallsyms()) : profile);
    }

    private KernelProfile.Kallsyms kallsyms;

    /** /proc/kallsyms of this machine, read once; a kernel without CONFIG_KALLSYMS_ALL when it cannot be read. */
    private KernelProfile.Kallsyms localKallsyms() {
        if (kallsyms == null) {
            Path file = Path.of("/proc/kallsyms");
            try {
                kallsyms = KernelProfile.Kallsyms.parse(Files.readString(file, StandardCharsets.US_ASCII));
            } catch (java.io.IOException | IllegalArgumentException e) {
                spec.commandLine().getErr().println("bpf4j: " + file + " cannot be read (" + e.getMessage()
                        + "): kernel symbols resolve as on a kernel without CONFIG_KALLSYMS_ALL");
                kallsyms = KernelProfile.Kallsyms.textOnly();
            }
        }
        return kallsyms;
    }

    /** A program to verify; {@code object} is the object it comes from, {@code null} for raw programs. */
    private record Named(String name, ProgramInput input, BpfObject object) {}

    private Btf targetBtf;
    private int unasked;
    /** Inputs the simulator could not take at all, when there are several. */
    private int skipped;

    /** The BTF CO-RE relocations resolve against: --btf, else the running kernel's. */
    private Btf targetBtf(Path object) {
        if (targetBtf == null) {
            Path file = btf != null ? btf : Path.of("/sys/kernel/btf/vmlinux");
            if (!Files.isReadable(file)) {
                throw new UsageException(object + " needs the target kernel's BTF (CO-RE relocations or a BTF-typed "
                        + "program) and " + file + " is not readable: give it with --btf FILE" + (btf == null
                        ? " (this kernel has no BTF: CONFIG_DEBUG_INFO_BTF)" : ""));
            }
            targetBtf = BtfCommand.Source.read(file);
        }
        return targetBtf;
    }

    private List<Named> programs(Path path) {
        byte[] bytes = Inputs.read(path);
        if (type != null) {
            ProgType t;
            List<MapDef> defs = new ArrayList<>();
            try {
                t = ProgType.of(type.toLowerCase(Locale.ROOT));
                for (String m : maps) {
                    defs.add(MapDef.parse(m));
                }
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            List<Insn> insns;
            if (Inputs.isElf(bytes)) {
                throw new UsageException(path + " is an object: drop --type, the section names the program type");
            } else if (path.toString().endsWith(".s")) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                insns = Assembler.assembleInstructions(new StringReader(text), path.toString(), Dialect.detect(text));
            } else {
                if (bytes.length % InsnCodec.SLOT != 0) {
                    throw new UsageException(path + ": " + bytes.length + " bytes are not whole 8-byte instructions");
                }
                insns = InsnCodec.decode(bytes);
            }
            return List.of(new Named(fileName(path), new ProgramInput(insns, t, null, defs), null));
        }
        if (!Inputs.isElf(bytes)) {
            throw new UsageException(path + " is not an ELF object; give --type for raw programs and assembly");
        }
        BpfObject obj = BpfObject.read(bytes, fileName(path));
        List<MapDef> defs = new ArrayList<>();
        for (BpfMap m : obj.maps()) {
            defs.add(mapDef(m));
        }
        List<Named> out = new ArrayList<>();
        // one relocator per object: libbpf keeps one candidate cache per object, filled in program order
        CoreRelocator relocator = null;
        for (BpfProgram p : obj.programs()) {
            if (program != null && !program.equals(p.name())) {
                continue;
            }
            ProgType t = progType(path, p);
            String attach = p.expectedAttachType().map(a -> a.name().toLowerCase(Locale.ROOT)).orElse(null);
            List<Insn> linked = p.linkedInsns();
            if (!p.coreRelos().isEmpty()) {
                Btf local = obj.btf().orElseThrow(() -> new UsageException(path + " " + p.name()
                        + " has CO-RE relocations but the object has no .BTF"));
                if (relocator == null) {
                    relocator = CoreRelocator.of(local, targetBtf(path));
                }
                linked = relocateCore(path, relocator, local, p);
            }
            ProgramInput input = new ProgramInput(patchKsyms(path, obj, p, patchMaps(p, linked)), t, attach, defs)
                    .withExtInfo(lineInfo(obj, p), funcInfo(obj, p)).withBtf(obj.btf().orElse(null));
            if (t == ProgType.TRACING && p.attachTarget().orElse(null) instanceof AttachTarget.Btf target) {
                input = input.withAttachBtf(target.name());
            }
            out.add(new Named(p.name(), input, obj));
        }
        if (out.isEmpty()) {
            throw new UsageException(program == null ? path + " has no programs"
                    : path + " has no program named '" + program + "'");
        }
        return out;
    }

    /**
     * The linked instructions with the CO-RE relocations applied as libbpf 1.1 applies them at load
     * ({@code bpf_object__relocate_core}); the records count slots of the linked program.
     */
    private static List<Insn> relocateCore(Path path, CoreRelocator relocator, Btf local, BpfProgram p) {
        try {
            return relocator.relocate(p.linkedInsns(), p.coreRelocations(local)).insns();
        } catch (CoreRelocationException e) {
            throw new UsageException(path + " " + p.name() + ": libbpf would refuse to load it: CO-RE relocation #"
                    + e.relocation() + " at insn " + e.insn() + " (" + e.kind().libbpfName() + "): " + e.detail()
                    + " (" + e.errno() + ")");
        }
    }

    /** The program's line_info with its strings from the object's .BTF (what the kernel's log prints). */
    private static List<ProgramInput.LineInfo> lineInfo(BpfObject obj, BpfProgram p) {
        if (p.lineInfo().isEmpty() || obj.btf().isEmpty()) {
            return List.of();
        }
        Btf b = obj.btf().get();
        List<ProgramInput.LineInfo> out = new ArrayList<>(p.lineInfo().size());
        for (ExtInfo.LineInfo l : p.lineInfo()) {
            out.add(new ProgramInput.LineInfo(l.insn(), btfString(b, l.fileNameOff()), btfString(b, l.lineOff()),
                    l.line(), l.column()));
        }
        return out;
    }

    /** The program's func_info with the names of its BTF functions. */
    private static List<ProgramInput.FuncInfo> funcInfo(BpfObject obj, BpfProgram p) {
        if (p.funcInfo().isEmpty() || obj.btf().isEmpty()) {
            return List.of();
        }
        Btf b = obj.btf().get();
        List<ProgramInput.FuncInfo> out = new ArrayList<>(p.funcInfo().size());
        for (ExtInfo.FuncInfo f : p.funcInfo()) {
            String name = f.typeId() > 0 && f.typeId() < b.typeCount() ? b.name(f.typeId()) : "";
            out.add(new ProgramInput.FuncInfo(f.insn(), f.typeId(), name));
        }
        return out;
    }

    private static String btfString(Btf b, int off) {
        return b.hasString(off) ? b.string(off) : "";
    }

    /** The index of the instruction at each slot (fixups name slots, a 64-bit load takes two). */
    private static java.util.Map<Integer, Integer> bySlot(List<Insn> insns) {
        java.util.Map<Integer, Integer> bySlot = new java.util.HashMap<>();
        int slot = 0;
        for (int i = 0; i < insns.size(); i++) {
            bySlot.put(slot, i);
            slot += insns.get(i).slots();
        }
        return bySlot;
    }

    /** The map loads as a loader would leave them, with each map named by its index instead of an fd. */
    private static List<Insn> patchMaps(BpfProgram p, List<Insn> linked) {
        List<Insn> insns = new ArrayList<>(linked);
        java.util.Map<Integer, Integer> bySlot = bySlot(insns);
        for (Fixup f : p.fixups()) {
            Integer at = bySlot.get(f.insn());
            if (at == null || !(insns.get(at) instanceof LoadImm64 ld)) {
                continue;
            }
            if (f instanceof Fixup.Map m) {
                insns.set(at, new LoadImm64(ld.dst(), Pseudo.MAP_FD, m.map(), 0));
            } else if (f instanceof Fixup.MapValue mv) {
                insns.set(at, new LoadImm64(ld.dst(), Pseudo.MAP_VALUE, mv.map(), mv.offset()));
            }
        }
        return insns;
    }

    /**
     * The map as the kernel holds it after libbpf 1.1 created it: named (the object's name, cut to the kernel's 15
     * characters, which the log prints as {@code map=NAME}), a map of maps with its inner map definition (the
     * BTF-defined {@code values} or the legacy inner map) as template. libbpf writes .rodata's initial contents and
     * freezes it before loading programs (.kconfig too, but its values come from the running kernel's config,
     * which the object does not hold).
     */
    private static MapDef mapDef(BpfMap m) {
        MapType type = mapType(m);
        MapDef def;
        try {
            if (m.origin() == BpfMap.Origin.RODATA && (m.flags() & MapDef.F_RDONLY_PROG) != 0) {
                def = MapDef.frozenReadOnly(type, m.keySize(), m.valueSize(), m.maxEntries(), m.flags(),
                        m.initialValue());
            } else if (type.isMapInMap()) {
                if (m.inner() == null) {
                    throw new UsageException("map " + m.name() + ": a " + type.spelling() + " map needs an inner map "
                            + "definition (__array(values, ...)); libbpf would refuse to create it");
                }
                BpfMap in = m.inner();
                def = new MapDef(type, m.keySize(), m.valueSize(), m.maxEntries(), m.flags(), null,
                        new MapDef(mapType(in), in.keySize(), in.valueSize(), in.maxEntries(), in.flags()), "");
            } else {
                def = new MapDef(type, m.keySize(), m.valueSize(), m.maxEntries(), m.flags());
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException("map " + m.name() + ": " + e.getMessage());
        }
        String name = m.name().length() > MapDef.MAX_NAME ? m.name().substring(0, MapDef.MAX_NAME) : m.name();
        return def.withName(name);
    }

    /**
     * The kernel-variable loads ({@code __ksym} externs) as libbpf 1.1 resolves them against the target kernel's
     * BTF ({@code bpf_object__resolve_ksyms_btf_id}, {@code bpf_object__relocate_data}): a typed extern found as a
     * VAR becomes {@code ld_imm64} with {@code BPF_PSEUDO_BTF_ID} and the VAR's id, which the verifier then looks
     * up in kallsyms; a weak one the kernel lacks becomes the constant 0; a typeless ({@code void}) extern becomes
     * its kallsyms address, which the simulator does not know and takes as 0 (partial: the value is not used
     * by the checks of the programs at hand). Externs of functions (kfunc calls) are left as they are.
     */
    private List<Insn> patchKsyms(Path path, BpfObject obj, BpfProgram p, List<Insn> insns) {
        List<Fixup.Extern> externs = new ArrayList<>();
        for (Fixup f : p.fixups()) {
            if (f instanceof Fixup.Extern e && !e.function()) {
                externs.add(e);
            }
        }
        if (externs.isEmpty()) {
            return insns;
        }
        java.util.Set<String> weak = obj.weakExterns();
        List<Insn> out = new ArrayList<>(insns);
        java.util.Map<Integer, Integer> bySlot = bySlot(out);
        for (Fixup.Extern e : externs) {
            Integer at = bySlot.get(e.insn());
            if (at == null || !(out.get(at) instanceof LoadImm64 ld)) {
                continue;
            }
            if (obj.ksymType(e.name()) == 0) {
                // libbpf loads the kallsyms address (0 stands for it here) and refuses a strong symbol kallsyms lacks
                if (btf == null && !weak.contains(e.name())
                        && localKallsyms().kind() == KernelProfile.Kallsyms.Kind.LISTED
                        && !localKallsyms().resolves(e.name(), false)) {
                    throw new UsageException(path + " " + p.name() + ": libbpf would refuse to load it: extern (ksym) '"
                            + e.name() + "' is not in /proc/kallsyms");
                }
                out.set(at, new LoadImm64(ld.dst(), Pseudo.NONE, 0, 0));
                continue;
            }
            java.util.OptionalInt id = targetBtf(path).find(e.name(), io.github.bpf4j.btf.BtfKind.VAR);
            if (id.isPresent()) {
                out.set(at, new LoadImm64(ld.dst(), Pseudo.BTF_ID, id.getAsInt(), 0));
            } else if (weak.contains(e.name())) {
                out.set(at, new LoadImm64(ld.dst(), Pseudo.NONE, 0, 0));
            } else {
                throw new UsageException(path + " " + p.name() + ": libbpf would refuse to load it: extern (var ksym) '"
                        + e.name() + "' is not a VAR of the target kernel's BTF");
            }
        }
        return out;
    }

    private static ProgType progType(Path path, BpfProgram p) {
        String name = p.type().name().toLowerCase(Locale.ROOT);
        try {
            return ProgType.of(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException(path + " " + p.name() + ": program type " + name
                    + " is not simulated yet (section '" + p.sectionName() + "')");
        }
    }

    private static MapType mapType(BpfMap m) {
        String name = m.type().name().toLowerCase(Locale.ROOT);
        try {
            return MapType.of(name);
        } catch (IllegalArgumentException e) {
            throw new UsageException("map " + m.name() + ": type " + name + " is not simulated yet");
        }
    }

    private static String fileName(Path p) {
        Path f = p.getFileName();
        return f == null ? p.toString() : f.toString();
    }

    private static String text(Path path, String name, Verdict v) {
        String processed = v.processed() == null ? "" : " (processed " + v.processed() + " insns)";
        if (v.accepted()) {
            return path + " " + name + ": accept" + processed;
        }
        // what the simulator does not model is no prediction: said so, without the errno it gives itself
        return path + " " + name + ": " + (v.simulated() ? "reject" : "cannot predict")
                + (v.insn() == null ? "" : " at insn " + v.insn()) + ": "
                + (v.message() == null ? "" : v.message().replace("\n", " / "))
                + (v.simulated() ? " (" + v.errno() + ")" + processed : "");
    }

    static String json(Path path, String name, Verdict v) {
        return "{\"object\": " + Json.string(path.toString()) + ", \"program\": " + Json.string(name)
                + ", \"verdict\": \"" + (v.accepted() ? "accept" : v.simulated() ? "reject" : "unknown")
                + "\", \"insn\": "
                + (v.insn() == null ? "null" : v.insn()) + ", \"message\": "
                + (v.message() == null ? "null" : Json.string(v.message())) + ", \"errno\": "
                + (v.errno() == null ? "null" : Json.string(v.errno())) + ", \"processed\": "
                + (v.processed() == null ? "null" : v.processed()) + "}";
    }
}
