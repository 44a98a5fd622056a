package io.github.bpf4j.cli;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.layout.OffsetOf;
import io.github.bpf4j.elf.MapType;
import io.github.bpf4j.sys.MapSpec;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled examples, each a bpf4j assembly file under {@code examples/}: what maps they need, how their
 * constants are bound, and how their events print. {@code bpf4j run NAME} runs one; {@code bpf4j demo} runs
 * {@link #EXECSNOOP}.
 */
enum Example {
    EXECSNOOP("execsnoop", Channel.PERF, "every exec: pid, ppid, uid, comm, file name (perf event array; "
            + "what `bpf4j demo` runs)"),
    EXECSNOOP_RINGBUF("execsnoop-ringbuf", Channel.RING, "every exec, as execsnoop, through a BPF ring buffer"),
    WRITETRACK("writetrack", Channel.RING, "every write(2): pid, fd, bytes asked, bytes written; enter and exit "
            + "paired through a hash map keyed by pid_tgid"),
    UPROBE_ADD("uprobe-add", Channel.RING, "uprobe + uretprobe on `int add(int, int)` in --binary PATH: the "
            + "arguments at entry, the result at return");

    /** How events reach user space. */
    enum Channel { PERF, RING }

    /** The map every example sends its events through. */
    static final String EVENTS = "events";
    static final int RING_BYTES = 256 * 1024;
    /** Entries of writetrack's in-flight map: writes blocked at one time. */
    static final int INFLIGHT_ENTRIES = 10240;
    static final Path VMLINUX = Path.of("/sys/kernel/btf/vmlinux");
    /**
     * The types the CO-RE examples name, copied from Linux 6.18's BTF (x86_64) by bpf-btf's LocalTypes: what the
     * offline demo assembles and relocates against on a machine without kernel BTF. Regenerate with
     * {@code mvn -pl cli test -Dtest=BundledBtfTest -Dbpf4j.regenerate=true} on such a kernel.
     */
    static final String BUNDLED_BTF = "examples/linux-6.18-x86_64.btf";
    /** The kernel {@link #BUNDLED_BTF} comes from ({@code uname -r}). */
    static final String BUNDLED_BTF_RELEASE = "6.18.44-fc-v669";

    private final String exampleName;
    private final Channel channel;
    private final String description;

    Example(String exampleName, Channel channel, String description) {
        this.exampleName = exampleName;
        this.channel = channel;
        this.description = description;
    }

    /** The name on the command line. */
    String exampleName() {
        return exampleName;
    }

    Channel channel() {
        return channel;
    }

    String description() {
        return description;
    }

    /** The bundled assembly, relative to this package. */
    String resource() {
        return "examples/" + exampleName + ".s";
    }

    static Optional<Example> named(String name) {
        return Arrays.stream(values()).filter(e -> e.exampleName.equals(name)).findFirst();
    }

    static List<String> names() {
        return Arrays.stream(values()).map(Example::exampleName).toList();
    }

    /** Whether the program reads kernel structures at offsets taken from BTF. */
    boolean needsKernelBtf() {
        return this == EXECSNOOP || this == EXECSNOOP_RINGBUF || this == UPROBE_ADD;
    }

    /**
     * The values of the file's {@code .set} constants for this machine and this tracer. (execsnoop's kernel-structure
     * offsets are CO-RE references, relocated against the kernel's BTF: see {@link ExampleSource}.)
     *
     * @param kernel the running kernel's BTF, or {@code null} when it is not readable
     * @param tracer the tracing process, left out of writetrack's output
     */
    Map<String, Long> bindings(Btf kernel, long tracer) {
        return switch (this) {
            case EXECSNOOP, EXECSNOOP_RINGBUF -> Map.of();
            case WRITETRACK -> Map.of("TRACER_TGID", tracer);
            case UPROBE_ADD -> {
                if (kernel != null) {
                    checkPtRegs(kernel);
                }
                yield Map.of();
            }
        };
    }

    /** {@link #BUNDLED_BTF}, read. */
    static Btf bundledBtf() {
        return Btf.read(ExampleSource.bundledBytes(BUNDLED_BTF));
    }

    /** Whether the bundled file holds CO-RE references, which need the kernel's BTF to assemble. */
    boolean usesCore() {
        return this == EXECSNOOP || this == EXECSNOOP_RINGBUF;
    }

    /**
     * uprobe-add reads x86-64's pt_regs at fixed offsets (a context load takes no symbolic offset in LLVM's syntax);
     * refuse where the running kernel lays pt_regs out otherwise.
     */
    static void checkPtRegs(Btf kernel) {
        Map<String, Long> expected = Map.of("pt_regs.di", 112L, "pt_regs.si", 104L, "pt_regs.ax", 80L);
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            long actual;
            try {
                actual = OffsetOf.of(kernel, e.getKey()).byteOffset();
            } catch (IllegalArgumentException ex) {
                throw new UsageException("uprobe-add reads x86-64 registers from pt_regs, and this kernel's BTF "
                        + "has no " + e.getKey() + " (architecture " + System.getProperty("os.arch") + ")");
            }
            if (actual != e.getValue()) {
                throw new UsageException("uprobe-add reads " + e.getKey() + " at " + e.getValue()
                        + ", and this kernel's BTF places it at " + actual);
            }
        }
    }

    /** The maps to create, by the names the assembly uses. */
    List<MapSpec> maps() {
        MapSpec events = channel == Channel.PERF ? MapSpec.perfEventArray(EVENTS, possibleCpus())
                : MapSpec.ringbuf(EVENTS, RING_BYTES);
        return switch (this) {
            case EXECSNOOP, EXECSNOOP_RINGBUF, UPROBE_ADD -> List.of(events);
            case WRITETRACK -> List.of(MapSpec.of("inflight", MapType.HASH, 8, 16, INFLIGHT_ENTRIES), events);
        };
    }

    /** The column titles. */
    String header() {
        return switch (this) {
            case EXECSNOOP, EXECSNOOP_RINGBUF -> String.format(Locale.ROOT, "%-7s %-7s %-7s %-16s %s",
                    "PID", "PPID", "UID", "COMM", "FILENAME");
            case WRITETRACK -> String.format(Locale.ROOT, "%-7s %-5s %-10s %-10s %s", "PID", "FD", "COUNT", "RET",
                    "COMM");
            case UPROBE_ADD -> String.format(Locale.ROOT, "%-7s %-7s %s", "PID", "EVENT", "VALUES");
        };
    }

    /** The smallest event this example sends; shorter records are reported, not decoded. */
    int eventSize() {
        return switch (this) {
            case EXECSNOOP, EXECSNOOP_RINGBUF -> 160;
            case WRITETRACK -> 40;
            case UPROBE_ADD -> 24;
        };
    }

    /** One line for an event (layouts as the comments of the assembly files give them). */
    String format(ByteBuffer event) {
        ByteBuffer b = event.duplicate().order(ByteOrder.nativeOrder());
        if (b.remaining() < eventSize()) {
            return "(short event: " + b.remaining() + " bytes, expected " + eventSize() + ")";
        }
        int p = b.position();
        return switch (this) {
            case EXECSNOOP, EXECSNOOP_RINGBUF -> String.format(Locale.ROOT, "%-7d %-7d %-7d %-16s %s",
                    Integer.toUnsignedLong(b.getInt(p)), Integer.toUnsignedLong(b.getInt(p + 4)),
                    Integer.toUnsignedLong(b.getInt(p + 8)), cString(b, p + 16, 16), cString(b, p + 32, 128));
            case WRITETRACK -> String.format(Locale.ROOT, "%-7d %-5d %-10d %-10d %s",
                    Integer.toUnsignedLong(b.getInt(p)), Integer.toUnsignedLong(b.getInt(p + 4)), b.getLong(p + 8),
                    b.getLong(p + 16), cString(b, p + 24, 16));
            // add takes and returns int: the low halves of the 64-bit registers
            case UPROBE_ADD -> b.getInt(p + 4) == 0
                    ? String.format(Locale.ROOT, "%-7d %-7s %d %d", Integer.toUnsignedLong(b.getInt(p)), "entry",
                            (int) b.getLong(p + 8), (int) b.getLong(p + 16))
                    : String.format(Locale.ROOT, "%-7d %-7s %d", Integer.toUnsignedLong(b.getInt(p)), "return",
                            (int) b.getLong(p + 8));
        };
    }

    /** A NUL-terminated string in a fixed field; non-printable bytes become '?'. */
    static String cString(ByteBuffer b, int off, int max) {
        byte[] s = new byte[max];
        int n = 0;
        while (n < max && b.get(off + n) != 0) {
            byte c = b.get(off + n);
            s[n++] = c >= 0x20 && c < 0x7f ? c : (byte) '?';
        }
        return new String(s, 0, n, StandardCharsets.US_ASCII);
    }

    /**
     * The possible CPUs, as {@code /sys/devices/system/cpu/possible} lists them ("0-3,5"): the perf event array
     * needs a slot for the highest.
     */
    static int possibleCpus() {
        try {
            return possibleCpus(Files.readString(Path.of("/sys/devices/system/cpu/possible")));
        } catch (java.io.IOException | RuntimeException e) {
            return Runtime.getRuntime().availableProcessors();
        }
    }

    /** The number of slots a CPU list needs: its highest CPU plus one. */
    static int possibleCpus(String list) {
        int highest = -1;
        for (String range : list.strip().split(",")) {
            String[] ends = range.split("-");
            highest = Math.max(highest, Integer.parseInt(ends[ends.length - 1].strip()));
        }
        if (highest < 0 || highest > 1 << 16) {
            throw new IllegalArgumentException("CPU list '" + list.strip() + "'");
        }
        return highest + 1;
    }
}
