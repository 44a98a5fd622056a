package io.github.bpf4j.cli;

import io.github.bpf4j.asm.Helper;
import io.github.bpf4j.btf.BtfKind;
import io.github.bpf4j.elf.MapType;
import io.github.bpf4j.elf.ProgType;
import io.github.bpf4j.sys.BpfException;
import io.github.bpf4j.sys.Errno;
import io.github.bpf4j.sys.Features;
import io.github.bpf4j.sys.KernelFacts;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bpf4j features}: what the running kernel supports, each answer found by trying (a two-instruction program
 * loaded, a one-entry map created, a link made), as bpftool's {@code feature probe kernel} and cilium/ebpf's
 * {@code features} package answer it. Exit codes: 0 after a report, 1 when the caller may not use bpf() (EPERM),
 * 2 for bad usage.
 */
@Command(name = "features", mixinStandardHelpOptions = true,
        description = "Probe the running kernel: BPF sysctls and build options, instruction-set levels, program "
                + "types, map types, attach kinds, BTF kinds and, with --helpers, the helpers each program type may "
                + "call.")
final class FeaturesCommand implements Callable<Integer> {

    /** The sysctls that govern BPF, by their dotted names (the report names them by their last part). */
    private static final List<String> SYSCTLS = List.of("kernel.unprivileged_bpf_disabled", "net.core.bpf_jit_enable",
            "net.core.bpf_jit_harden", "net.core.bpf_jit_kallsyms", "net.core.bpf_jit_limit");

    /** The build options that decide what BPF can do here: the list bpftool's feature probe reports. */
    private static final List<String> CONFIG_OPTIONS = List.of("CONFIG_BPF", "CONFIG_BPF_SYSCALL",
            "CONFIG_HAVE_EBPF_JIT", "CONFIG_BPF_JIT", "CONFIG_BPF_JIT_ALWAYS_ON", "CONFIG_DEBUG_INFO_BTF",
            "CONFIG_DEBUG_INFO_BTF_MODULES", "CONFIG_CGROUPS", "CONFIG_CGROUP_BPF", "CONFIG_CGROUP_NET_CLASSID",
            "CONFIG_SOCK_CGROUP_DATA", "CONFIG_BPF_EVENTS", "CONFIG_KPROBE_EVENTS", "CONFIG_UPROBE_EVENTS",
            "CONFIG_TRACING", "CONFIG_FTRACE_SYSCALLS", "CONFIG_FUNCTION_ERROR_INJECTION",
            "CONFIG_BPF_KPROBE_OVERRIDE", "CONFIG_NET", "CONFIG_XDP_SOCKETS", "CONFIG_LWTUNNEL_BPF",
            "CONFIG_NET_ACT_BPF", "CONFIG_NET_CLS_BPF", "CONFIG_NET_CLS_ACT", "CONFIG_NET_SCH_INGRESS",
            "CONFIG_XFRM", "CONFIG_IP_ROUTE_CLASSID", "CONFIG_IPV6_SEG6_BPF", "CONFIG_BPF_LIRC_MODE2",
            "CONFIG_BPF_STREAM_PARSER", "CONFIG_NETFILTER_XT_MATCH_BPF", "CONFIG_BPFILTER", "CONFIG_BPFILTER_UMH",
            "CONFIG_TEST_BPF", "CONFIG_HZ", "CONFIG_BPF_LSM", "CONFIG_KPROBES", "CONFIG_BPF_UNPRIV_DEFAULT_OFF");

    @Spec
    CommandSpec spec;

    @Option(names = "--helpers", description = "also list the helpers each available program type may call")
    boolean helpers;

    @Option(names = "--type", paramLabel = "PROG_TYPE",
            description = "list the helpers of this program type only (e.g. xdp, tracepoint); implies --helpers")
    String type;

    @Option(names = "--json", description = "one JSON object instead of text")
    boolean json;

    @Override
    public Integer call() {
        ProgType only = type == null ? null : progType(type);
        Report report;
        try {
            report = probe(helpers || only != null, only);
        } catch (BpfException e) {
            if (!e.errno().equals(Errno.EPERM)) {
                throw e;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println("bpf4j: features: the kernel refused a probe with EPERM: probing needs root or CAP_BPF "
                    + "(with CAP_PERFMON for tracing and CAP_NET_ADMIN for network program types)");
            err.flush();
            return Main.NEGATIVE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? report.json() : report.text());
        out.flush();
        return Main.OK;
    }

    /** The kernel's spelling of a constant without its prefix: {@code SCHED_CLS} is {@code sched_cls}. */
    static String kernelName(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static ProgType progType(String name) {
        for (ProgType t : ProgType.values()) {
            if (t != ProgType.UNSPEC && kernelName(t).equals(name.toLowerCase(Locale.ROOT))) {
                return t;
            }
        }
        List<String> names = new ArrayList<>();
        for (ProgType t : ProgType.values()) {
            if (t != ProgType.UNSPEC) {
                names.add(kernelName(t));
            }
        }
        throw new UsageException("no program type '" + name + "': one of " + String.join(", ", names));
    }

    /** An attach kind's answer: available, or the reason it is not when the machine shows one. */
    record Attach(boolean available, String reason) {}

    /** Every answer, in the kernel's numbering order. */
    record Report(Map<String, Object> system, Map<String, Boolean> misc, Map<String, Boolean> progTypes,
            Map<String, Boolean> mapTypes, Map<String, Attach> attach, Map<String, Boolean> btfKinds,
            Map<String, List<String>> helpers, List<String> helpersNotProbed) {

        String text() {
            StringBuilder b = new StringBuilder("system (sysctls, /proc/config.gz)\n");
            system.forEach((k, v) -> b.append(String.format(Locale.ROOT, "  %-32s %s%n", k,
                    v == null ? "not set" : v)));
            section(b, "verifier and instruction set", misc);
            section(b, "program types (a two-instruction program loads)", progTypes);
            section(b, "map types (a one-entry map is created)", mapTypes);
            b.append("attach kinds\n");
            attach.forEach((k, a) -> b.append(String.format(Locale.ROOT, "  %-24s %s%n", k,
                    a.available() ? "yes" : a.reason() == null ? "no" : "no: " + a.reason())));
            section(b, "BTF kinds (BPF_BTF_LOAD accepts them)", btfKinds);
            helpers.forEach((t, hs) -> {
                b.append("helpers of ").append(t).append(" (").append(hs.size()).append(")\n");
                StringBuilder line = new StringBuilder("  ");
                for (String h : hs) {
                    if (line.length() + h.length() > 110) {
                        b.append(line.toString().stripTrailing()).append('\n');
                        line = new StringBuilder("  ");
                    }
                    line.append(h).append(' ');
                }
                if (line.length() > 2) {
                    b.append(line.toString().stripTrailing()).append('\n');
                }
            });
            for (String t : helpersNotProbed) {
                b.append("helpers of ").append(t).append(": not probed (a two-instruction program of this type does "
                        + "not load without an attach target, so a helper call never reaches the helper check)\n");
            }
            return b.toString();
        }

        private static void section(StringBuilder b, String title, Map<String, Boolean> answers) {
            b.append(title).append('\n');
            answers.forEach((k, v) -> b.append(String.format(Locale.ROOT, "  %-24s %s%n", k, v ? "yes" : "no")));
        }

        String json() {
            return "{" + String.join(",", List.of(member("system_config", object(system,
                            v -> v == null ? "null" : v instanceof Long ? v.toString() : Json.string(v.toString()))),
                    member("misc", object(misc, String::valueOf)),
                    member("program_types", object(progTypes, String::valueOf)),
                    member("map_types", object(mapTypes, String::valueOf)),
                    member("attach", object(attach, a -> "{\"available\":" + a.available()
                            + (a.reason() == null ? "" : ",\"reason\":" + Json.string(a.reason())) + "}")),
                    member("btf_kinds", object(btfKinds, String::valueOf)),
                    member("helpers", object(helpers, Report::array)),
                    member("helpers_not_probed", array(helpersNotProbed)))) + "}\n";
        }

        private static String member(String name, String value) {
            return Json.string(name) + ":" + value;
        }

        private static <V> String object(Map<String, V> members, Function<V, String> value) {
            StringJoiner j = new StringJoiner(",", "{", "}");
            members.forEach((k, v) -> j.add(member(k, value.apply(v))));
            return j.toString();
        }

        private static String array(List<String> names) {
            StringJoiner j = new StringJoiner(",", "[", "]");
            names.forEach(n -> j.add(Json.string(n)));
            return j.toString();
        }
    }

    /**
     * Runs every probe. Helpers are listed for the program types that load (or for {@code only}), each helper number
     * from 1 below {@link Helper#MAX_ID} tried by {@link Features#helper}; types whose tiny program needs an attach
     * target to load are named as not probed.
     */
    static Report probe(boolean withHelpers, ProgType only) {
        Map<String, Object> system = new LinkedHashMap<>();
        for (String sysctl : SYSCTLS) {
            OptionalLong v = KernelFacts.sysctl(sysctl);
            system.put(sysctl.substring(sysctl.lastIndexOf('.') + 1), v.isPresent() ? (Object) v.getAsLong() : null);
        }
        Map<String, String> config = KernelFacts.configs();
        for (String option : CONFIG_OPTIONS) {
            String v = config.get(option);
            system.put(option, v == null || v.equals("n") ? null : v);
        }
        Map<String, Boolean> misc = new LinkedHashMap<>();
        for (Features.Misc m : Features.Misc.values()) {
            misc.put(kernelName(m), Features.misc(m));
        }
        Map<String, Boolean> progs = new LinkedHashMap<>();
        for (ProgType t : ProgType.values()) {
            if (t != ProgType.UNSPEC) {
                progs.put(kernelName(t), Features.progType(t));
            }
        }
        Map<String, Boolean> maps = new LinkedHashMap<>();
        for (MapType t : MapType.values()) {
            if (t != MapType.UNSPEC) {
                maps.put(kernelName(t), Features.mapType(t));
            }
        }
        Map<String, Attach> attach = new LinkedHashMap<>();
        for (Features.AttachKind k : Features.AttachKind.values()) {
            boolean yes = Features.attach(k);
            String reason = yes ? null : switch (k) {
                case KPROBE -> KernelFacts.kprobeUnavailableReason();
                case FENTRY -> KernelFacts.trampolineRefusalReason();
                default -> null;
            };
            attach.put(kernelName(k), new Attach(yes, reason));
        }
        Map<String, Boolean> kinds = new LinkedHashMap<>();
        for (BtfKind k : BtfKind.values()) {
            if (k != BtfKind.VOID) {
                kinds.put(kernelName(k), Features.btfKind(k));
            }
        }
        Map<String, List<String>> helperLists = new LinkedHashMap<>();
        List<String> notProbed = new ArrayList<>();
        if (withHelpers) {
            for (ProgType t : ProgType.values()) {
                if (only != null ? t != only : t == ProgType.UNSPEC || !Features.progType(t)) {
                    continue;
                }
                if (!Features.helpersProbeable(t)) {
                    notProbed.add(kernelName(t));
                    continue;
                }
                List<String> names = new ArrayList<>();
                for (int id = 1; id < Helper.MAX_ID; id++) {
                    Helper h = Helper.ofIdOrNull(id);
                    if (h != null && Features.helper(t, id)) {
                        names.add(h.kernelName());
                    }
                }
                helperLists.put(kernelName(t), names);
            }
        }
        return new Report(system, misc, progs, maps, attach, kinds, helperLists, notProbed);
    }
}
