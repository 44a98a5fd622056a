package io.github.bpf4j.cli;

import io.github.bpf4j.asm.text.Assembly;
import io.github.bpf4j.elf.AttachTarget;
import io.github.bpf4j.elf.ProgType;
import io.github.bpf4j.elf.SectionDef;
import io.github.bpf4j.sys.BpfMap;
import io.github.bpf4j.sys.Link;
import io.github.bpf4j.sys.LoadOptions;
import io.github.bpf4j.sys.MapSpec;
import io.github.bpf4j.sys.Program;
import io.github.bpf4j.sys.ProgramSpec;
import io.github.bpf4j.sys.UprobeTarget;
import io.github.bpf4j.sys.perf.PerfReader;
import io.github.bpf4j.sys.perf.PerfRecord;
import io.github.bpf4j.sys.ring.RingReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The live part of an example: creates its maps, loads and attaches its programs, and prints its events until the
 * duration ends or the JVM is asked to stop (Ctrl-C). Everything it opens is closed, in reverse order, when it
 * returns.
 */
final class ExampleRun implements AutoCloseable {

    static final Duration POLL = Duration.ofMillis(200);
    /** How long a shutdown hook waits for the loop to detach and close everything. */
    static final Duration DRAIN = Duration.ofSeconds(3);

    static final int CAP_SYS_ADMIN = 21;
    static final int CAP_PERFMON = 38;
    static final int CAP_BPF = 39;

    private final Example example;
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private final Map<String, BpfMap> maps = new LinkedHashMap<>();
    private final Map<String, Program> programs = new LinkedHashMap<>();
    private PerfReader perf;
    private RingReader ring;
    private volatile boolean stop;

    private ExampleRun(Example example) {
        this.example = example;
    }

    /**
     * Creates the maps and loads the programs of {@code source}.
     *
     * @param options how to load (the demo asks for a log to show the kernel's instruction count)
     * @throws io.github.bpf4j.sys.BpfException when the kernel refuses a map or a program
     */
    static ExampleRun load(Example example, ExampleSource source, LoadOptions options) {
        ExampleRun run = new ExampleRun(example);
        try {
            for (MapSpec spec : example.maps()) {
                run.maps.put(spec.name(), run.own(BpfMap.create(spec)));
            }
            // The reader exists before anything is attached: a perf event array drops every event sent while its
            // CPU slots are still empty, and an event printed late beats one lost.
            BpfMap events = run.maps.get(Example.EVENTS);
            if (example.channel() == Example.Channel.PERF) {
                run.perf = run.own(PerfReader.open(events));
            } else {
                run.ring = run.own(RingReader.open(events));
            }
            for (Assembly.Section s : source.programs()) {
                ProgType type = SectionDef.find(s.name()).map(SectionDef::progType).orElseThrow(() ->
                        new IllegalStateException(source.resource() + ": section " + s.name()
                                + " names no program type"));
                String name = kernelName(programName(source.assembly(), s));
                ProgramSpec spec = ProgramSpec.of(name, type, ExampleSource.linked(s, map -> {
                    BpfMap m = run.maps.get(map);
                    if (m == null) {
                        throw new IllegalStateException(source.resource() + " uses map " + map + ", which "
                                + example.exampleName() + " does not create");
                    }
                    return m.fd();
                }));
                run.programs.put(s.name(), run.own(Program.load(spec, options)));
            }
            return run;
        } catch (RuntimeException e) {
            run.close();
            throw e;
        }
    }

    /** The loaded programs by section name. */
    Map<String, Program> programs() {
        return programs;
    }

    /**
     * Attaches every program where its section says; {@code binary} is the uprobes' target.
     *
     * @throws UsageException when a uprobe example has no binary
     */
    void attach(Path binary) {
        for (Map.Entry<String, Program> e : programs.entrySet()) {
            String section = e.getKey();
            Program p = e.getValue();
            Link link;
            if (section.equals("uprobe") || section.equals("uretprobe")) {
                if (binary == null) {
                    throw new UsageException(example.exampleName() + " needs --binary PATH: the program whose "
                            + "function add to probe");
                }
                UprobeTarget t = UprobeTarget.of(binary, "add");
                link = p.attachUprobe(section.equals("uretprobe") ? t.returning() : t);
            } else if (AttachTarget.parse(section).orElse(null) instanceof AttachTarget.Tracepoint tp) {
                link = p.attachTracepoint(tp.category(), tp.name());
            } else {
                throw new IllegalStateException(example.resource() + ": no attach rule for section " + section);
            }
            own(link);
        }
    }

    /**
     * Prints the header (the programs are attached by then), then every event, until {@code duration} has passed (forever when {@code null}) or a
     * shutdown hook asks to stop; each line is flushed as it is printed.
     *
     * @return the number of events printed
     */
    long print(PrintWriter out, Duration duration) {
        long deadline = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
        long[] count = {0};
        out.println(example.header());
        out.flush();
        if (perf != null) {
            while (!stop && System.nanoTime() < deadline) {
                perf.poll(pollTimeout(deadline), r -> {
                    if (r.kind() == PerfRecord.Kind.SAMPLE) {
                        out.println(example.format(((PerfRecord.Sample) r).data()));
                    } else {
                        out.println("(lost " + ((PerfRecord.Lost) r).count() + " events on CPU "
                                + ((PerfRecord.Lost) r).cpu() + ")");
                    }
                    count[0]++;
                });
                out.flush();
            }
        } else {
            while (!stop && System.nanoTime() < deadline) {
                ring.poll(pollTimeout(deadline), b -> {
                    out.println(example.format(b));
                    count[0]++;
                });
                out.flush();
            }
        }
        return count[0];
    }

    private static Duration pollTimeout(long deadline) {
        long left = deadline - System.nanoTime();
        return left < POLL.toNanos() ? Duration.ofNanos(Math.max(left, 0)) : POLL;
    }

    /**
     * Runs {@link #print} with a shutdown hook that stops it on Ctrl-C and waits for the links, readers and maps to
     * be closed before the JVM exits.
     */
    long printUntilStopped(PrintWriter out, Duration duration) {
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop = true;
            try {
                closed.await(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "bpf4j-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return print(out, duration);
        } finally {
            close();
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it returns once the latch is down
            }
        }
    }

    private <T extends AutoCloseable> T own(T resource) {
        opened.push(resource);
        return resource;
    }

    /** Detaches and closes everything, the links first. */
    @Override
    public void close() {
        RuntimeException first = null;
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Exception e) {
                if (first == null) {
                    first = e instanceof RuntimeException re ? re : new IllegalStateException(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** The function symbol at the start of a program section, or the section's last path component. */
    static String programName(Assembly assembly, Assembly.Section section) {
        return assembly.symbols().stream()
                .filter(s -> section.name().equals(s.section()) && s.value() == 0
                        && s.type() == Assembly.SymbolType.FUNC)
                .map(Assembly.Symbol::name).findFirst()
                .orElse(section.name().substring(section.name().lastIndexOf('/') + 1));
    }

    /** The kernel keeps 15 bytes of a program's name, of letters, digits, '_' and '.'. */
    static String kernelName(String name) {
        String clean = name.replaceAll("[^A-Za-z0-9_.]", "_");
        return clean.length() > 15 ? clean.substring(0, 15) : clean;
    }

    /**
     * What is missing to load and attach tracing programs, judged from the effective capabilities: nothing with
     * CAP_SYS_ADMIN (root), else CAP_BPF and CAP_PERFMON (kernel 5.8 and later).
     */
    static Optional<String> missingCapabilities(long capEff) {
        if (has(capEff, CAP_SYS_ADMIN) || has(capEff, CAP_BPF) && has(capEff, CAP_PERFMON)) {
            return Optional.empty();
        }
        String lacks = !has(capEff, CAP_BPF) && !has(capEff, CAP_PERFMON) ? "CAP_BPF and CAP_PERFMON"
                : has(capEff, CAP_BPF) ? "CAP_PERFMON" : "CAP_BPF";
        return Optional.of("needs CAP_BPF + CAP_PERFMON, or root: this process lacks " + lacks);
    }

    private static boolean has(long caps, int cap) {
        return (caps >>> cap & 1) != 0;
    }

    /** The effective capabilities of this process ({@code CapEff} in /proc/self/status), or empty off Linux. */
    static Optional<Long> effectiveCapabilities() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("CapEff:")) {
                    return Optional.of(Long.parseUnsignedLong(line.substring(7).strip(), 16));
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Why this process cannot trace ("needs ..."), or empty when it can, or it cannot tell (the kernel will say).
     */
    static Optional<String> privilegeProblem() {
        String os = System.getProperty("os.name", "");
        if (!os.equals("Linux")) {
            return Optional.of("needs a Linux kernel with BPF, and this is " + os);
        }
        return effectiveCapabilities().flatMap(ExampleRun::missingCapabilities);
    }
}
