package io.github.bpf4j.sys;

import com.sun.jna.Memory;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.elf.AttachType;
import io.github.bpf4j.elf.ProgType;
import io.github.bpf4j.sys.internal.Attr;
import io.github.bpf4j.sys.internal.Fd;
import io.github.bpf4j.sys.internal.Sys;
import io.github.bpf4j.verifier.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A loaded program: owns its fd. Load with {@link #load}; attach with the {@code attach*} methods, each giving a
 * {@link Link} to close.
 */
public final class Program implements AutoCloseable {

    private final Fd fd;
    private final String name;
    private final ProgType type;
    private final AttachType expectedAttachType;
    private final Verdict outcome;
    private volatile io.github.bpf4j.elf.AttachTarget attachTarget;

    private Program(int fd, String name, ProgType type, AttachType expectedAttachType, Verdict outcome) {
        this.fd = new Fd("program " + name, fd);
        this.name = name;
        this.type = type;
        this.expectedAttachType = expectedAttachType;
        this.outcome = outcome;
    }

    /** Loads with {@link LoadOptions#defaults()}. */
    public static Program load(ProgramSpec spec) {
        return load(spec, LoadOptions.defaults());
    }

    /**
     * Loads the program. Without a log level the first attempt asks for no log; a failure is loaded again at log
     * level 1 to explain it. A log buffer that is too small (ENOSPC) grows to the size the kernel reports in
     * {@code log_true_size}, up to {@link LoadOptions#maxLogSize()}.
     *
     * @throws ProgramLoadException      when the kernel refuses the program
     * @throws FeatureUnavailableException when the kernel refuses the whole program kind (fentry/fexit here)
     */
    public static Program load(ProgramSpec spec, LoadOptions options) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(options, "options");
        byte[] insns = InsnCodec.encode(spec.insns());
        Attempt first = attempt(spec, options, insns, options.logLevel(), options.logLevel() == 0 ? 0
                : options.logSize());
        if (first.fd >= 0) {
            return new Program(first.fd, spec.name(), spec.type(), spec.expectedAttachType(),
                    Verdict.fromLog(null, first.log));
        }
        Attempt last = first;
        int level = options.logLevel() == 0 ? 1 : options.logLevel();
        int size = options.logSize();
        if (options.logLevel() != 0) {
            if (first.errno != Errno.ENOSPC.number() || size >= options.maxLogSize()) {
                throw failure(spec, first);
            }
            size = grow(size, first.trueSize, options.maxLogSize());
        }
        while (true) {
            last = attempt(spec, options, insns, level, size);
            if (last.fd >= 0) {
                return new Program(last.fd, spec.name(), spec.type(), spec.expectedAttachType(),
                        Verdict.fromLog(null, last.log));
            }
            if (last.errno != Errno.ENOSPC.number() || size >= options.maxLogSize()) {
                break;
            }
            size = grow(size, last.trueSize, options.maxLogSize());
        }
        throw failure(spec, last);
    }

    /** The next log size: what the kernel said it needs ({@code log_true_size}), else double; capped. */
    private static int grow(int size, int trueSize, int max) {
        long needed = trueSize & 0xffffffffL;
        long want = needed > size ? needed : 2L * size;
        return (int) Math.min(want, max);
    }

    private record Attempt(int fd, int errno, String log, int trueSize) {}

    private static Attempt attempt(ProgramSpec spec, LoadOptions options, byte[] insns, int level, int logSize) {
        try (Attr a = loadAttr(spec, options, insns, level, logSize)) {
            int r = a.callOrErrno(BpfCommand.PROG_LOAD);
            String text = level != 0 && logSize > 0 ? cString(a.pointed(32), logSize) : "";
            return new Attempt(r >= 0 ? r : -1, r >= 0 ? 0 : -r, text, a.u32(140));
        }
    }

    /** The {@code BPF_PROG_LOAD} attributes (union bpf_attr, Linux 6.18 offsets). */
    static Attr loadAttr(ProgramSpec spec, LoadOptions options, byte[] insns, int level, int logSize) {
        Attr a = new Attr();
        a.u32(0, spec.type().code()).u32(4, insns.length / InsnCodec.SLOT);
        a.bytes(8, insns);
        a.string(16, spec.license());
        if (level != 0 && logSize > 0) {
            a.u32(24, level).u32(28, logSize).ptr(32, a.buffer(logSize));
        }
        a.u32(40, spec.kernVersion()).u32(44, spec.flags()).name(48, spec.name());
        if (spec.expectedAttachType() != null) {
            a.u32(68, spec.expectedAttachType().code());
        }
        if (options.progBtf() != null) {
            a.u32(72, options.progBtf().fd());
        }
        if (spec.funcInfo() != null) {
            a.u32(76, spec.funcInfoRecSize());
            a.bytes(80, spec.funcInfo());
            a.u32(88, spec.funcInfo().length / spec.funcInfoRecSize());
        }
        if (spec.lineInfo() != null) {
            a.u32(92, spec.lineInfoRecSize());
            a.bytes(96, spec.lineInfo());
            a.u32(104, spec.lineInfo().length / spec.lineInfoRecSize());
        }
        a.u32(108, spec.attachBtfId());
        if (options.attachTarget() != null) {
            a.u32(112, options.attachTarget().fd());
        }
        return a;
    }

    private static String cString(Memory m, int size) {
        byte[] b = m.getByteArray(0, size);
        int n = 0;
        while (n < b.length && b[n] != 0) {
            n++;
        }
        return new String(b, 0, n, StandardCharsets.UTF_8);
    }

    private static RuntimeException failure(ProgramSpec spec, Attempt a) {
        Errno errno = Errno.of(a.errno);
        Verdict outcome = Verdict.fromLog(errno.symbol(), a.log);
        ProgramLoadException ex = new ProgramLoadException(spec.name(), errno, outcome, hint(spec, errno, a.log));
        AttachType at = spec.expectedAttachType();
        boolean trampoline = spec.type() == ProgType.TRACING && (at == AttachType.TRACE_FENTRY
                || at == AttachType.TRACE_FEXIT || at == AttachType.MODIFY_RETURN) || spec.type() == ProgType.LSM;
        if (trampoline && errno.equals(Errno.EPERM) && a.log.isBlank()) {
            FeatureUnavailableException f = new FeatureUnavailableException(BpfCommand.PROG_LOAD.name(), errno,
                    "fentry/fexit/fmod_ret/lsm programs", KernelFacts.trampolineRefusalReason());
            f.initCause(ex);
            return f;
        }
        return ex;
    }

    private static String hint(ProgramSpec spec, Errno errno, String log) {
        return switch (errno.symbol()) {
            case "EACCES" -> "the verifier rejected the program; see the message and the log";
            case "EPERM" -> log.isBlank() ? BpfException.hintFor("PROG_LOAD", errno)
                    + (needsPerfmon(spec.type()) ? "; " + spec.type() + " programs need CAP_PERFMON" : "")
                    + (needsNetAdmin(spec.type()) ? "; " + spec.type() + " programs need CAP_NET_ADMIN" : "")
                    : "the verifier refused an operation the program's privileges do not allow";
            case "EINVAL" -> log.isBlank() ? "the kernel rejected the load attributes before verifying: program "
                    + "type, expected attach type, attach_btf_id or flags do not fit together"
                    : "the verifier rejected the program; see the message and the log";
            case "E2BIG" -> "too many instructions (" + InsnCodec.slotCount(spec.insns()) + "), or the verifier hit "
                    + "its complexity limit";
            case "ENOSPC" -> "the verifier log did not fit in the largest buffer allowed: raise maxLogSize";
            default -> BpfException.hintFor("PROG_LOAD", errno);
        };
    }

    /** Whether loading needs CAP_PERFMON besides CAP_BPF (the kernel's {@code is_perfmon_prog_type}, 6.18). */
    static boolean needsPerfmon(ProgType t) {
        return switch (t) {
            case KPROBE, TRACEPOINT, PERF_EVENT, RAW_TRACEPOINT, RAW_TRACEPOINT_WRITABLE, TRACING, LSM, STRUCT_OPS,
                    EXT -> true;
            default -> false;
        };
    }

    /** Whether loading needs CAP_NET_ADMIN besides CAP_BPF (the kernel's {@code is_net_admin_prog_type}, 6.18). */
    static boolean needsNetAdmin(ProgType t) {
        return switch (t) {
            case SCHED_CLS, SCHED_ACT, XDP, LWT_IN, LWT_OUT, LWT_XMIT, LWT_SEG6LOCAL, SK_SKB, SK_MSG, FLOW_DISSECTOR,
                    CGROUP_DEVICE, CGROUP_SOCK, CGROUP_SOCK_ADDR, CGROUP_SOCKOPT, CGROUP_SYSCTL, SOCK_OPS, EXT,
                    NETFILTER -> true;
            default -> false;
        };
    }

    /** Opens a program pinned in bpffs. */
    public static Program open(Path pin) {
        int fd = BpfMap.objGet(pin);
        try {
            ProgInfo info = info(fd);
            return new Program(fd, info.name(), info.type(), null, Verdict.fromLog(null, ""));
        } catch (RuntimeException e) {
            Sys.close(fd);
            throw e;
        }
    }

    public int fd() {
        return fd.get();
    }

    public String name() {
        return name;
    }

    public ProgType type() {
        return type;
    }

    /** The expected attach type given at load, or {@code null}. */
    public AttachType expectedAttachType() {
        return expectedAttachType;
    }

    /** The verifier log of the load ({@code ""} when no log level was asked for). */
    public String verifierLog() {
        return outcome.log();
    }

    /** The outcome of the load (accepted, with the processed count when logged). */
    public Verdict outcome() {
        return outcome;
    }

    /** Runs the program in the kernel on the given input ({@code BPF_PROG_TEST_RUN}). */
    public TestRunResult testRun(TestRun run) {
        try (Attr a = new Attr()) {
            a.u32(0, fd());
            if (run.dataIn() != null) {
                a.u32(8, run.dataIn().length);
                a.bytes(16, run.dataIn());
            }
            Memory dataOut = null;
            if (run.dataSizeOut() > 0) {
                dataOut = a.buffer(run.dataSizeOut());
                a.u32(12, run.dataSizeOut()).ptr(24, dataOut);
            }
            a.u32(32, run.repeat());
            if (run.ctxIn() != null) {
                a.u32(40, run.ctxIn().length);
                a.bytes(48, run.ctxIn());
            }
            Memory ctxOut = null;
            if (run.ctxSizeOut() > 0) {
                ctxOut = a.buffer(run.ctxSizeOut());
                a.u32(44, run.ctxSizeOut()).ptr(56, ctxOut);
            }
            a.u32(64, run.flags()).u32(68, run.cpu());
            int r = a.callOrErrno(BpfCommand.PROG_TEST_RUN);
            if (r < 0) {
                Errno e = Errno.of(-r);
                String hint = e.equals(Errno.ENOTSUPP) || e.equals(Errno.EOPNOTSUPP)
                        ? type + " programs cannot be test-run on this kernel"
                        : e.equals(Errno.ENOSPC) ? "the output buffer is smaller than the data out ("
                        + a.u32(12) + " bytes)"
                        : e.equals(Errno.EINVAL) ? "the input does not fit the program type (XDP and skb types "
                        + "need at least 14 bytes of data; raw tracepoints take only ctx_in, with repeat 0)"
                        : BpfException.hintFor(BpfCommand.PROG_TEST_RUN.name(), e);
                throw new BpfException(BpfCommand.PROG_TEST_RUN.name(), e, "program '" + name + "'", hint);
            }
            int dOut = Math.min(a.u32(12), run.dataSizeOut());
            int cOut = Math.min(a.u32(44), run.ctxSizeOut());
            return new TestRunResult(a.u32(4), a.u32(36) & 0xffffffffL,
                    dataOut == null ? new byte[0] : dataOut.getByteArray(0, dOut),
                    ctxOut == null ? new byte[0] : ctxOut.getByteArray(0, cOut));
        }
    }

    /** Pins the program in bpffs. */
    public void pin(Path path) {
        BpfMap.objPin(fd(), path);
    }

    /** What the kernel says about the program. */
    public ProgInfo info() {
        return info(fd());
    }

    static ProgInfo info(int fd) {
        try (Attr a = new Attr()) {
            Memory info = a.buffer(232);
            a.u32(0, fd).u32(4, 232).ptr(8, info);
            a.call(BpfCommand.OBJ_GET_INFO_BY_FD);
            int typeCode = info.getInt(0);
            return new ProgInfo(ProgType.ofOrNull(typeCode), typeCode, info.getInt(4),
                    HexFormat.of().formatHex(info.getByteArray(8, 8)), BpfMap.cString(info.getByteArray(64, 16)),
                    info.getInt(20), info.getInt(16), info.getInt(216));
        }
    }

    /** The same program remembering where its object's section says it attaches. */
    Program withAttachTarget(io.github.bpf4j.elf.AttachTarget target) {
        this.attachTarget = target;
        return this;
    }

    /**
     * Attaches where the program's section says ({@code tracepoint/syscalls/sys_enter_execve},
     * {@code raw_tp/sched_switch}, {@code tp_btf/...}, {@code fentry/...}, {@code uprobe/...}, {@code kprobe/...},
     * {@code ksyscall/...}), as libbpf's auto-attach does.
     */
    public Link attach() {
        io.github.bpf4j.elf.AttachTarget t = attachTarget;
        if (t == null) {
            throw new IllegalStateException("program '" + name + "' has no attach target from its section: use an "
                    + "attach method with the target");
        }
        return switch (t.kind()) {
            case TRACEPOINT -> {
                var tp = (io.github.bpf4j.elf.AttachTarget.Tracepoint) t;
                yield attachTracepoint(tp.category(), tp.name());
            }
            case RAW_TRACEPOINT -> attachRawTracepoint(((io.github.bpf4j.elf.AttachTarget.RawTracepoint) t).name());
            case BTF -> attachTracing();
            case KPROBE -> {
                var k = (io.github.bpf4j.elf.AttachTarget.Kprobe) t;
                yield attachKprobe(k.function(), k.offset(), k.retprobe());
            }
            case SYSCALL -> {
                var s = (io.github.bpf4j.elf.AttachTarget.Syscall) t;
                yield attachKprobe("sys_" + s.name(), 0, s.retprobe());
            }
            case UPROBE -> {
                var u = (io.github.bpf4j.elf.AttachTarget.Uprobe) t;
                yield attachUprobe(new UprobeTarget(java.nio.file.Path.of(u.binary()), u.function(), u.offset(),
                        u.retprobe(), -1));
            }
        };
    }

    /** Attaches to the tracepoint {@code category:name} (tracefs {@code events/<category>/<name>}). */
    public Link attachTracepoint(String category, String name) {
        return Attach.tracepoint(this, category, name);
    }

    /** Attaches a raw tracepoint program ({@code BPF_RAW_TRACEPOINT_OPEN}) to the tracepoint {@code name}. */
    public Link attachRawTracepoint(String name) {
        return Attach.rawTracepoint(this, name);
    }

    /**
     * Attaches a program loaded with a BTF attach target (tp_btf, fentry, fexit) to that target
     * ({@code BPF_RAW_TRACEPOINT_OPEN} with no name).
     */
    public Link attachTracing() {
        return Attach.tracing(this);
    }

    /** Attaches to a user-space function: see {@link UprobeTarget}. */
    public Link attachUprobe(UprobeTarget target) {
        return Attach.uprobe(this, target);
    }

    /** Attaches to a kernel function entry ({@code retprobe} false) or return. */
    public Link attachKprobe(String symbol, long offset, boolean retprobe) {
        return Attach.kprobe(this, symbol, offset, retprobe);
    }

    @Override
    public void close() {
        fd.close();
    }

    @Override
    public String toString() {
        return "Program[" + name + ", " + type + "]";
    }
}
