package io.github.bpf4j.sys;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.Exit;
import io.github.bpf4j.asm.Goto;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.JmpOp;
import io.github.bpf4j.asm.Jump;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.elf.AttachType;
import io.github.bpf4j.elf.MapType;
import io.github.bpf4j.elf.ProgType;
import io.github.bpf4j.sys.internal.Attr;
import io.github.bpf4j.sys.internal.Kallsyms;
import io.github.bpf4j.sys.internal.Sys;
import io.github.bpf4j.sys.internal.Tracefs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the running kernel supports, answered by trying (loading a tiny program, creating a tiny map) and cached for
 * the life of the JVM, in the manner of cilium/ebpf's {@code features} package. A probe that cannot answer because
 * the caller lacks privileges throws the {@link BpfException} (EPERM) instead of answering "no".
 */
public final class Features {

    /** Ways of attaching a program. */
    public enum AttachKind {
        /** Tracepoints through tracefs and perf events. */
        TRACEPOINT,
        /** {@code BPF_RAW_TRACEPOINT_OPEN} by name. */
        RAW_TRACEPOINT,
        /** BTF-typed tracepoints ({@code tp_btf}). */
        TP_BTF,
        /** fentry/fexit through BPF trampolines. */
        FENTRY,
        /** kprobes through the kprobe PMU or tracefs. */
        KPROBE,
        /** uprobes through the uprobe PMU. */
        UPROBE,
        /** {@code BPF_LINK_CREATE} on perf events (Linux 5.15+). */
        PERF_EVENT_LINK
    }

    /**
     * What the verifier and the instruction set allow, each answered by loading a socket filter that needs it (as
     * cilium/ebpf's HaveLargeInstructions, HaveBoundedLoops and HaveV2ISA..HaveV4ISA, and bpftool's "misc" probes).
     */
    public enum Misc {
        /** Programs longer than {@code BPF_MAXINSNS} (4,096 instructions) load (Linux 5.2). */
        LARGE_INSN_LIMIT,
        /** Loops whose end the verifier can prove (back edges) are verified (Linux 5.3). */
        BOUNDED_LOOPS,
        /** The v2 instruction set: JLT, JLE, JSLT, JSLE (Linux 4.14). */
        V2_ISA,
        /** The v3 instruction set: 32-bit jumps, the BPF_JMP32 class (Linux 5.1). */
        V3_ISA,
        /** The v4 instruction set: gotol, sign-extending loads and moves, signed division, bswap (Linux 6.6). */
        V4_ISA
    }

    private static final Map<ProgType, Boolean> PROG_TYPES = new ConcurrentHashMap<>();
    private static final Map<MapType, Boolean> MAP_TYPES = new ConcurrentHashMap<>();
    private static final Map<Long, Boolean> HELPERS = new ConcurrentHashMap<>();
    private static final Map<Misc, Boolean> MISC = new ConcurrentHashMap<>();
    /** Per type, how its two-instruction program fared: empty when it loaded, else the refusal. */
    private static final Map<ProgType, Optional<BpfException>> TINY = new ConcurrentHashMap<>();
    private static final Map<AttachKind, Boolean> ATTACH = new ConcurrentHashMap<>();
    private static final Map<io.github.bpf4j.btf.BtfKind, Boolean> BTF_KINDS = new ConcurrentHashMap<>();

    private Features() {}

    /**
     * The cached answer for {@code key}, probing on a miss. Not {@code computeIfAbsent}: probes ask other probes
     * (whether socket filters load, whether a type loads at all), and a ConcurrentHashMap must not be updated from
     * inside its own computation. Two threads may probe the same key at once; they find the same answer.
     */
    private static <K, V> V cached(Map<K, V> cache, K key, Function<K, V> probe) {
        V answer = cache.get(key);
        if (answer == null) {
            answer = probe.apply(key);
            cache.putIfAbsent(key, answer);
        }
        return answer;
    }

    private static final List<Insn> RET0 = List.of(Alu.imm(true, AluOp.MOV, Reg.R0, 0), Exit.INSTANCE);

    /** Whether programs of this type load. */
    public static boolean progType(ProgType type) {
        return cached(PROG_TYPES, type, Features::probeProgType);
    }

    /** Whether maps of this type can be created. */
    public static boolean mapType(MapType type) {
        return cached(MAP_TYPES, type, Features::probeMapType);
    }

    /**
     * Whether programs of {@code type} may call helper number {@code helperId}: false also when the type cannot be
     * probed this way ({@link #helpersProbeable}).
     */
    public static boolean helper(ProgType type, int helperId) {
        return cached(HELPERS, ((long) type.code() << 32) | (helperId & 0xffffffffL),
                k -> helpersProbeable(type) && probeHelper(type, helperId));
    }

    /**
     * Whether {@link #helper} can answer for {@code type}: the type's two-instruction program loads as it is, so that
     * a program calling a helper reaches the verifier's helper check. Types the kernel refuses before verifying
     * without an attach target of their own (struct_ops, ext; lsm where BPF trampolines are refused) cannot be
     * probed this way.
     */
    public static boolean helpersProbeable(ProgType type) {
        return progType(type) && tinyLoad(type).isEmpty(); // progType first: it throws when not privileged at all
    }

    /** Loads the type's two-instruction program once; empty when it loaded, else the kernel's refusal. */
    private static Optional<BpfException> tinyLoad(ProgType type) {
        return cached(TINY, type, t -> {
            try {
                Program.load(minimal(t, RET0)).close();
                return Optional.empty();
            } catch (BpfException e) {
                return Optional.of(e); // also the attach target's BTF missing (minimal)
            }
        });
    }

    /** Whether the verifier and instruction set allow this. */
    public static boolean misc(Misc what) {
        return cached(MISC, what, Features::probeMisc);
    }

    private static boolean probeMisc(Misc what) {
        Insn zero = Alu.imm(true, AluOp.MOV, Reg.R0, 0);
        List<Insn> insns = switch (what) {
            case LARGE_INSN_LIMIT -> {
                List<Insn> many = new ArrayList<>(Collections.nCopies(4096, zero));
                many.add(Exit.INSTANCE);
                yield many;
            }
            case BOUNDED_LOOPS -> List.of(Alu.imm(true, AluOp.MOV, Reg.R0, 10), Alu.imm(true, AluOp.SUB, Reg.R0, 1),
                    Jump.imm(false, JmpOp.JNE, Reg.R0, 0, -2), Exit.INSTANCE);
            case V2_ISA -> List.of(zero, Jump.imm(false, JmpOp.JLT, Reg.R0, 0, 0), Exit.INSTANCE);
            case V3_ISA -> List.of(zero, Jump.imm(true, JmpOp.JLT, Reg.R0, 0, 0), Exit.INSTANCE);
            case V4_ISA -> List.of(zero, Goto.wide(0), Exit.INSTANCE);
        };
        try {
            Program.load(ProgramSpec.of("probe", ProgType.SOCKET_FILTER, insns)).close();
            return true;
        } catch (ProgramLoadException e) {
            if (e.errno().equals(Errno.EPERM) && e.log().isBlank()) {
                throw e;
            }
            return false;
        }
    }

    /** Whether programs can be attached this way. */
    public static boolean attach(AttachKind kind) {
        return cached(ATTACH, kind, Features::probeAttach);
    }

    /**
     * Whether {@code BPF_BTF_LOAD} accepts this BTF kind, for the kinds libbpf 1.1 sanitizes: DATASEC (with VAR),
     * FUNC (global linkage), FLOAT, DECL_TAG, TYPE_TAG, ENUM64. Other kinds answer true (every kernel with
     * {@code BPF_BTF_LOAD} knows them). Follows libbpf's {@code probe_kern_btf_*}: load the smallest BTF using it.
     */
    public static boolean btfKind(io.github.bpf4j.btf.BtfKind kind) {
        return cached(BTF_KINDS, kind, Features::probeBtfKind);
    }

    private static boolean probeBtfKind(io.github.bpf4j.btf.BtfKind kind) {
        var b = io.github.bpf4j.btf.Btf.builder();
        int i32 = b.addInt("int", 4, io.github.bpf4j.btf.BtfType.IntEncoding.SIGNED);
        var staticVar = io.github.bpf4j.btf.BtfType.Linkage.STATIC;
        switch (kind) {
            case DATASEC, VAR -> {
                int v = b.addVar("a", i32, staticVar);
                b.addDatasec(".data", 4, List.of(new io.github.bpf4j.btf.BtfType.VarSecinfo(v, 0, 4)));
            }
            case FUNC -> {
                int proto = b.addFuncProto(i32, List.of());
                b.addFunc("a", proto, io.github.bpf4j.btf.BtfType.Linkage.GLOBAL);
            }
            case FLOAT -> b.addFloat("float", 4);
            case DECL_TAG -> {
                int v = b.addVar("a", i32, staticVar);
                b.add(new io.github.bpf4j.btf.BtfType.DeclTag("tag", v, -1));
            }
            case TYPE_TAG -> {
                int t = b.add(new io.github.bpf4j.btf.BtfType.TypeTag("tag", i32));
                b.addPtr(t);
            }
            case ENUM64 -> b.add(new io.github.bpf4j.btf.BtfType.Enum64("e", 8, false,
                    List.of(new io.github.bpf4j.btf.BtfType.EnumValue("v", 1L << 40))));
            default -> {
                return true;
            }
        }
        try (LoadedBtf ignored = LoadedBtf.load(b.build().write())) {
            return true;
        } catch (BpfException e) {
            if (e.errno().equals(Errno.EPERM)) {
                throw e;
            }
            return false;
        }
    }

    /** The spec of the smallest program of a type: r0 = 0; exit, with the attach type or flags some types require. */
    static ProgramSpec minimal(ProgType type, List<Insn> insns) {
        ProgramSpec spec = ProgramSpec.of("probe", type, insns);
        return switch (type) {
            case CGROUP_SOCK_ADDR -> spec.withAttach(AttachType.CGROUP_INET4_CONNECT, 0);
            case CGROUP_SOCKOPT -> spec.withAttach(AttachType.CGROUP_GETSOCKOPT, 0);
            case SK_LOOKUP -> spec.withAttach(AttachType.SK_LOOKUP, 0);
            case NETFILTER -> spec.withAttach(AttachType.NETFILTER, 0);
            case TRACING -> spec.withAttach(AttachType.TRACE_RAW_TP, KernelTypes.tracepoint("sched_switch"));
            case LSM -> spec.withAttach(AttachType.LSM_MAC, KernelTypes.function("bpf_lsm_bpf"));
            case SYSCALL -> spec.withFlags(ProgramSpec.F_SLEEPABLE); // "syscall programs can only be sleepable"
            default -> spec;
        };
    }

    private static boolean probeProgType(ProgType type) {
        if (type == ProgType.UNSPEC) {
            return false;
        }
        BpfException refusal = tinyLoad(type).orElse(null);
        if (refusal == null) {
            return true;
        }
        if (!(refusal instanceof ProgramLoadException e)) {
            return false; // a FeatureUnavailableException, or no attach target in the kernel's BTF (minimal)
        }
        if (e.errno().equals(Errno.EPERM) && type != ProgType.SOCKET_FILTER && progType(ProgType.SOCKET_FILTER)) {
            return false; // privileged enough for other types: this type is refused
        }
        if (e.errno().equals(Errno.EPERM)) {
            throw e;
        }
        // EINVAL with no log: the kernel does not know the type (or its attach setup); a verifier log means
        // the type exists and only this tiny program displeased it.
        return !(e.errno().equals(Errno.EINVAL) && e.log().isBlank());
    }

    private static boolean probeMapType(MapType type) {
        String allocFn = switch (type) {
            case SK_STORAGE -> "bpf_sk_storage_map_alloc";
            case INODE_STORAGE -> "inode_storage_map_alloc";
            case TASK_STORAGE -> "task_storage_map_alloc";
            case CGRP_STORAGE -> "cgroup_storage_map_alloc";
            case STRUCT_OPS -> "bpf_struct_ops_map_alloc";
            default -> null;
        };
        if (allocFn != null) {
            // These need BTF of their value (or of vmlinux) to be created: answered from the kernel's symbols.
            return Kallsyms.names().contains(allocFn);
        }
        if (type == MapType.UNSPEC) {
            return false;
        }
        MapSpec spec = switch (type) {
            case RINGBUF, USER_RINGBUF -> MapSpec.of("probe", type, 0, 0, Sys.PAGE_SIZE);
            case QUEUE, STACK, BLOOM_FILTER -> MapSpec.of("probe", type, 0, 4, 1);
            case LPM_TRIE -> MapSpec.of("probe", type, 8, 4, 1).withFlags(MapSpec.F_NO_PREALLOC);
            case STACK_TRACE -> MapSpec.of("probe", type, 4, 8, 1);
            case CGROUP_STORAGE, PERCPU_CGROUP_STORAGE -> MapSpec.of("probe", type, 8, 4, 0);
            case ARRAY_OF_MAPS, HASH_OF_MAPS -> new MapSpec("probe", type, 4, 4, 1, 0, -1, 0, 0, 0,
                    MapSpec.of("inner", MapType.ARRAY, 4, 4, 1));
            case ARENA -> MapSpec.of("probe", type, 0, 0, 1).withFlags(MapSpec.F_MMAPABLE);
            default -> MapSpec.of("probe", type, 4, 4, 1);
        };
        try {
            BpfMap.create(spec).close();
            return true;
        } catch (BpfException e) {
            if (e.errno().equals(Errno.EPERM)) {
                throw e;
            }
            return false;
        }
    }

    private static boolean probeHelper(ProgType type, int helperId) {
        List<Insn> insns = new ArrayList<>();
        for (Reg r : List.of(Reg.R1, Reg.R2, Reg.R3, Reg.R4, Reg.R5)) {
            insns.add(Alu.imm(true, AluOp.MOV, r, 0));
        }
        insns.add(Call.helper(helperId));
        insns.addAll(RET0);
        try {
            Program.load(minimal(type, insns), LoadOptions.defaults().withLogLevel(1)).close();
            return true;
        } catch (ProgramLoadException e) {
            // Follows cilium/ebpf features.HaveProgramHelper: an unknown helper or one the type may not call is
            // refused with EINVAL and one of these messages; any other refusal came after the helper was accepted.
            String log = e.log();
            boolean refused = log.contains("invalid func ") || log.contains("unknown func ")
                    || log.contains("program of this type cannot use helper ");
            if (e.errno().equals(Errno.EPERM) && log.isBlank()) {
                throw e;
            }
            return !refused;
        }
    }

    private static boolean probeAttach(AttachKind kind) {
        return switch (kind) {
            case TRACEPOINT -> Tracefs.root().isPresent() && progType(ProgType.TRACEPOINT);
            case RAW_TRACEPOINT -> probeLink(ProgType.RAW_TRACEPOINT);
            case TP_BTF -> probeLink(ProgType.TRACING);
            case FENTRY -> {
                try {
                    Program.load(ProgramSpec.of("probe", ProgType.TRACING, RET0)
                            .withAttach(AttachType.TRACE_FENTRY, KernelTypes.function("bpf_fentry_test1"))).close();
                    yield true;
                } catch (FeatureUnavailableException e) {
                    yield false;
                } catch (BpfException e) {
                    if (e.errno().equals(Errno.EPERM)) {
                        throw e;
                    }
                    yield false;
                }
            }
            case KPROBE -> KernelFacts.kprobeUnavailableReason() == null;
            case UPROBE -> Files.isDirectory(Path.of("/sys/bus/event_source/devices/uprobe"));
            case PERF_EVENT_LINK -> {
                // A perf-event link on fd -1: EBADF means the kernel knows the attach type, EINVAL that it does not.
                try (Program p = Program.load(ProgramSpec.of("probe", ProgType.TRACEPOINT, RET0));
                     Attr a = new Attr()) {
                    a.u32(0, p.fd()).u32(4, -1).u32(8, AttachType.PERF_EVENT.code());
                    int r = a.callOrErrno(BpfCommand.LINK_CREATE);
                    if (r >= 0) {
                        Sys.close(r);
                    }
                    yield r == -Errno.EBADF.number();
                }
            }
        };
    }

    private static boolean probeLink(ProgType type) {
        try (Program p = Program.load(minimal(type, RET0))) {
            (type == ProgType.RAW_TRACEPOINT ? p.attachRawTracepoint("sched_switch") : p.attachTracing()).close();
            return true;
        } catch (BpfException e) {
            if (e.errno().equals(Errno.EPERM) && !(e instanceof FeatureUnavailableException)) {
                throw e;
            }
            return false;
        }
    }
}
