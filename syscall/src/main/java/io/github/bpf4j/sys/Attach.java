package io.github.bpf4j.sys;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import io.github.bpf4j.elf.AttachType;
import io.github.bpf4j.elf.ElfFormatException;
import io.github.bpf4j.elf.ElfSymbols;
import io.github.bpf4j.sys.internal.Attr;
import io.github.bpf4j.sys.internal.Fd;
import io.github.bpf4j.sys.internal.Kallsyms;
import io.github.bpf4j.sys.internal.Sys;
import io.github.bpf4j.sys.internal.Tracefs;
import io.github.bpf4j.sys.perf.PerfEventAttr;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The attach paths behind {@link Program}'s {@code attach*} methods. */
final class Attach {

    private static final Path PMU_DIR = Path.of("/sys/bus/event_source/devices");
    private static final AtomicInteger LEGACY_SEQ = new AtomicInteger();

    private Attach() {}

    static Link tracepoint(Program prog, String category, String name) {
        Path root = Tracefs.root().orElseThrow(() -> new FeatureUnavailableException("perf_event_open",
                Errno.ENOENT, "tracepoints", Tracefs.mountHint()));
        long id = Tracefs.eventId(root, category, name).orElseThrow(() -> {
            List<String> similar = Tracefs.similar(category + ":" + name, Tracefs.events(root), 5);
            return new BpfException("perf_event_open", Errno.ENOENT, "no tracepoint " + category + ":" + name
                    + " (" + root.resolve("events").resolve(category).resolve(name).resolve("id") + " is missing)",
                    similar.isEmpty() ? null : "similar tracepoints that exist: " + String.join(", ", similar));
        });
        String target = "tracepoint " + category + ":" + name;
        int pfd = openPerf(PerfEventAttr.tracepoint(id), -1, target);
        return perfLink(prog, pfd, target, null);
    }

    /**
     * Opens a perf event for BPF as libbpf does: for every process ({@code pid} -1) on CPU 0, since a BPF program
     * attached to a tracepoint or probe runs wherever the event fires, whatever CPU the perf event was opened on;
     * for one process on any CPU.
     */
    static int openPerf(PerfEventAttr attr, int pid, String target) {
        byte[] bytes = attr.encode();
        try (Memory m = new Memory(bytes.length)) {
            m.write(0, bytes, 0, bytes.length);
            int r = Sys.perfEventOpen(m, pid, pid == -1 ? 0 : -1);
            if (r < 0) {
                Errno e = Errno.of(-r);
                throw new BpfException("perf_event_open", e, target, perfHint(e, target));
            }
            return r;
        }
    }

    private static String perfHint(Errno e, String target) {
        return switch (e.symbol()) {
            case "EPERM", "EACCES" -> "needs root or CAP_PERFMON (and kernel.perf_event_paranoid allowing it)";
            case "ENOENT" -> "the probe target does not exist";
            case "EILSEQ" -> "the offset is not on an instruction boundary of the function";
            case "ESRCH" -> "no such process";
            case "EINVAL" -> "the kernel rejected the perf event attributes for " + target;
            default -> null;
        };
    }

    /**
     * Attaches to an open perf event: a BPF link ({@code BPF_LINK_CREATE} with {@code BPF_PERF_EVENT}, Linux
     * 5.15+) or else {@code PERF_EVENT_IOC_SET_BPF}, then {@code PERF_EVENT_IOC_ENABLE} (follows libbpf
     * {@code bpf_program__attach_perf_event_opts}). Takes ownership of {@code pfd}.
     */
    static Link perfLink(Program prog, int pfd, String target, Runnable cleanup) {
        Fd perf = new Fd("perf event " + target, pfd);
        Fd link = null;
        try {
            try (Attr a = new Attr()) {
                a.u32(0, prog.fd()).u32(4, pfd).u32(8, AttachType.PERF_EVENT.code());
                int r = a.callOrErrno(BpfCommand.LINK_CREATE);
                if (r >= 0) {
                    link = new Fd("link " + target, r);
                } else if (r == -Errno.EINVAL.number() || r == -Errno.EOPNOTSUPP.number()) {
                    int rc = Sys.ioctl(pfd, Sys.PERF_EVENT_IOC_SET_BPF, prog.fd());
                    if (rc < 0) {
                        Errno e = Errno.of(-rc);
                        throw new BpfException("ioctl PERF_EVENT_IOC_SET_BPF", e, prog + " on " + target,
                                e.equals(Errno.EINVAL) ? "a " + prog.type() + " program cannot attach to " + target
                                        + " (tracepoints take TRACEPOINT programs, kprobes and uprobes KPROBE)"
                                        : BpfException.hintFor("LINK_CREATE", e));
                    }
                } else {
                    Errno e = Errno.of(-r);
                    throw new BpfException(BpfCommand.LINK_CREATE.name(), e, prog + " on " + target,
                            BpfException.hintFor(BpfCommand.LINK_CREATE.name(), e));
                }
            }
            int rc = Sys.ioctl(pfd, Sys.PERF_EVENT_IOC_ENABLE, 0);
            if (rc < 0) {
                throw new BpfException("ioctl PERF_EVENT_IOC_ENABLE", Errno.of(-rc), target, null);
            }
            return new Link(Link.Kind.PERF_EVENT, target, link, perf, cleanup);
        } catch (RuntimeException ex) {
            if (link != null) {
                link.close();
            }
            perf.close();
            if (cleanup != null) {
                cleanup.run();
            }
            throw ex;
        }
    }

    static Link rawTracepoint(Program prog, String name) {
        try (Attr a = new Attr()) {
            a.string(0, name);
            a.u32(8, prog.fd());
            int r = a.callOrErrno(BpfCommand.RAW_TRACEPOINT_OPEN);
            if (r < 0) {
                Errno e = Errno.of(-r);
                String hint = BpfException.hintFor(BpfCommand.RAW_TRACEPOINT_OPEN.name(), e);
                if (e.equals(Errno.ENOENT)) {
                    List<String> names = new ArrayList<>();
                    Tracefs.root().ifPresent(root -> {
                        for (String ev : Tracefs.events(root)) {
                            names.add(ev.substring(ev.indexOf(':') + 1));
                        }
                    });
                    List<String> similar = Tracefs.similar(name, names, 5);
                    hint = similar.isEmpty() ? "no tracepoint named " + name
                            : "similar tracepoints that exist: " + String.join(", ", similar);
                } else if (e.equals(Errno.EINVAL)) {
                    hint = "only RAW_TRACEPOINT and RAW_TRACEPOINT_WRITABLE programs attach by name; got "
                            + prog.type();
                }
                throw new BpfException(BpfCommand.RAW_TRACEPOINT_OPEN.name(), e, "raw tracepoint " + name, hint);
            }
            return new Link(Link.Kind.RAW_TRACEPOINT, "raw_tracepoint " + name, new Fd("raw tracepoint " + name, r),
                    null, null);
        }
    }

    static Link tracing(Program prog) {
        try (Attr a = new Attr()) {
            a.u32(8, prog.fd());
            int r = a.callOrErrno(BpfCommand.RAW_TRACEPOINT_OPEN);
            if (r < 0) {
                Errno e = Errno.of(-r);
                throw new BpfException(BpfCommand.RAW_TRACEPOINT_OPEN.name(), e, prog + " to its BTF target",
                        e.equals(Errno.EINVAL) ? "the program was not loaded with a BTF attach target "
                                + "(tp_btf, fentry, fexit, lsm)" : BpfException.hintFor("RAW_TRACEPOINT_OPEN", e));
            }
            return new Link(Link.Kind.TRACING, "tracing " + prog.name(), new Fd("tracing link", r), null, null);
        }
    }

    static Link uprobe(Program prog, UprobeTarget t) {
        Path pmu = PMU_DIR.resolve("uprobe");
        if (!Files.isDirectory(pmu)) {
            throw new FeatureUnavailableException("perf_event_open", Errno.ENOENT, "uprobes",
                    "no uprobe PMU in " + PMU_DIR + " (kernel without CONFIG_UPROBE_EVENTS)");
        }
        long offset = t.offset();
        if (t.symbol() != null) {
            // bpf-elf maps the symbol's address through its PT_LOAD segment (libbpf elf_find_func_offset).
            try {
                offset += ElfSymbols.fileOffset(t.binary(), t.symbol());
            } catch (ElfSymbols.SymbolException e) {
                throw new BpfException("uprobe", Errno.ENOENT, e.getMessage(),
                        "a stripped binary has no symbols: give the file offset with a null symbol");
            } catch (ElfFormatException e) {
                throw new BpfException("uprobe", Errno.ENOEXEC, t.binary() + " is not a usable ELF file: "
                        + e.getMessage(), null);
            }
        }
        String target = (t.retprobe() ? "uretprobe " : "uprobe ") + t.binary()
                + (t.symbol() != null ? ":" + t.symbol() : "") + "+0x" + Long.toHexString(offset)
                + (t.pid() >= 0 ? " pid " + t.pid() : "");
        byte[] path = (t.binary().toAbsolutePath().toString() + "\0").getBytes(StandardCharsets.UTF_8);
        try (Memory p = new Memory(path.length)) {
            p.write(0, path, 0, path.length);
            PerfEventAttr attr = PerfEventAttr.probe(pmuType(pmu), t.retprobe(), t.retprobe() ? retprobeBit(pmu) : 0,
                    Pointer.nativeValue(p), offset);
            int pfd = openPerf(attr, t.pid(), target);
            return perfLink(prog, pfd, target, null);
        }
    }

    static Link kprobe(Program prog, String symbol, long offset, boolean retprobe) {
        String reason = KernelFacts.kprobeUnavailableReason();
        if (reason != null) {
            throw new FeatureUnavailableException("perf_event_open", Errno.ENOENT, "kprobes", reason);
        }
        String sym = Kallsyms.kprobeSymbol(symbol, Kallsyms.names());
        String target = (retprobe ? "kretprobe " : "kprobe ") + sym + (offset != 0 ? "+" + offset : "");
        Path pmu = PMU_DIR.resolve("kprobe");
        if (Files.isDirectory(pmu)) {
            byte[] name = (sym + "\0").getBytes(StandardCharsets.UTF_8);
            try (Memory p = new Memory(name.length)) {
                p.write(0, name, 0, name.length);
                PerfEventAttr attr = kprobeAttr(pmuType(pmu), retprobe, retprobe ? retprobeBit(pmu) : 0,
                        Pointer.nativeValue(p), offset);
                int pfd;
                try {
                    pfd = openPerf(attr, -1, target);
                } catch (BpfException e) {
                    throw kprobeError(e, sym, target);
                }
                return perfLink(prog, pfd, target, null);
            }
        }
        // Legacy tracefs kprobe_events (follows libbpf add_kprobe_event_legacy).
        Path root = Tracefs.root().orElseThrow();
        String event = "bpf4j_" + ProcessHandle.current().pid() + "_" + LEGACY_SEQ.incrementAndGet();
        writeTracefs(root.resolve("kprobe_events"), legacyKprobeCommand(retprobe, event, sym, offset), target);
        Runnable remove = () -> {
            try {
                writeTracefs(root.resolve("kprobe_events"), "-:bpf4j/" + event, target);
            } catch (RuntimeException ignored) {
                // already gone
            }
        };
        try {
            long id = Tracefs.eventId(root, "bpf4j", event).orElseThrow(() -> new BpfException("kprobe_events",
                    Errno.ENOENT, "the kernel did not create " + target, null));
            int pfd = openPerf(PerfEventAttr.tracepoint(id), -1, target);
            return perfLink(prog, pfd, target, remove);
        } catch (RuntimeException e) {
            remove.run();
            throw e;
        }
    }

    /** The perf attribute of a kprobe on the kprobe PMU: {@code config1} the symbol name address, {@code config2}
     * the offset. */
    static PerfEventAttr kprobeAttr(int pmuType, boolean retprobe, int retBit, long nameAddress, long offset) {
        return PerfEventAttr.probe(pmuType, retprobe, retBit, nameAddress, offset);
    }

    /** The line written to {@code kprobe_events} for a legacy kprobe: {@code p:bpf4j/<event> <sym>+<off>}. */
    static String legacyKprobeCommand(boolean retprobe, String event, String symbol, long offset) {
        return (retprobe ? "r" : "p") + ":bpf4j/" + event + " " + symbol + (offset != 0 ? "+" + offset : "");
    }

    private static BpfException kprobeError(BpfException e, String sym, String target) {
        if (e.errno().equals(Errno.ENOENT)) {
            List<String> similar = Tracefs.similar(sym, Kallsyms.list(), 5);
            return new BpfException("perf_event_open", e.errno(), "no kernel function " + sym + " for " + target,
                    similar.isEmpty() ? null : "similar kernel symbols that exist: " + String.join(", ", similar));
        }
        if (e.errno().equals(Errno.EILSEQ)) {
            return new BpfException("perf_event_open", e.errno(), target,
                    "the offset falls inside an instruction of " + sym);
        }
        return e;
    }

    private static void writeTracefs(Path file, String line, String target) {
        try {
            Files.writeString(file, line + "\n", StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new BpfException("write " + file, Errno.EINVAL, target + ": " + e.getMessage(), null);
        }
    }

    static int pmuType(Path pmu) {
        try {
            return Integer.parseInt(Files.readString(pmu.resolve("type")).trim());
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot read the PMU type in " + pmu.resolve("type"), e);
        }
    }

    /** The retprobe bit from {@code format/retprobe}, written {@code config:N}. */
    static int retprobeBit(Path pmu) {
        try {
            return parseConfigBit(Files.readString(pmu.resolve("format").resolve("retprobe")));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + pmu.resolve("format/retprobe"), e);
        }
    }

    static int parseConfigBit(String s) {
        String t = s.trim();
        if (!t.startsWith("config:")) {
            throw new IllegalArgumentException("retprobe format '" + t + "' is not config:N");
        }
        int bit = Integer.parseInt(t.substring(7));
        if (bit < 0 || bit > 63) {
            throw new IllegalArgumentException("retprobe bit " + bit + " is outside config");
        }
        return bit;
    }
}
