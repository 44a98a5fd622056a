package io.github.bpf4j.cli;

import static io.github.bpf4j.cli.CommandLineTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bpf4j.asm.Alu;
import io.github.bpf4j.asm.AluOp;
import io.github.bpf4j.asm.Call;
import io.github.bpf4j.asm.Exit;
import io.github.bpf4j.asm.Helper;
import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.Reg;
import io.github.bpf4j.elf.ProgType;
import io.github.bpf4j.sys.Features;
import io.github.bpf4j.sys.KernelFacts;
import io.github.bpf4j.sys.LoadOptions;
import io.github.bpf4j.sys.Program;
import io.github.bpf4j.sys.ProgramLoadException;
import io.github.bpf4j.sys.ProgramSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code bpf4j features} against bpftool's {@code feature probe kernel -j} (bpftool 7.1 on libbpf 1.1) on this
 * machine. Where the two differ the test asserts the cause rather than listing names: bpftool does not know the
 * newest types and helpers, skips the helpers that write to the kernel log unless asked for {@code full}, answers
 * no for tracing programs (libbpf 1.1 does not probe them), and reads a helper as available unless the kernel says
 * "invalid func" or "unknown func", while Linux 6.x says "program of this type cannot use helper".
 */
@Tag("kernel")
@Tag("tool")
class FeaturesCommandTest {

    /** Helpers bpftool probes only with {@code full}: calling them prints a warning to the kernel log. */
    private static final Set<String> BPFTOOL_SKIPS = Set.of("bpf_trace_printk", "bpf_trace_vprintk",
            "bpf_probe_write_user");

    private static String ours;
    private static String bpftool;

    @BeforeAll
    static void probeBoth() throws IOException, InterruptedException {
        assumeTrue(ExampleRun.privilegeProblem().isEmpty(), "probing needs root or CAP_BPF + CAP_PERFMON");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/bpftool")) || Files.isExecutable(Path.of("/usr/bin/bpftool")),
                "bpftool is not installed (Debian package bpftool)");
        CommandLineTest.Run r = run("features", "--helpers", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        ours = r.out();
        Process p = new ProcessBuilder("bpftool", "feature", "probe", "kernel", "-j")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        bpftool = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
    }

    /** {@code "name": true} pairs of one JSON object, keyed by {@code key} (objects of flags only). */
    private static Map<String, Boolean> flags(String json, String key) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        scalars(json, key).forEach((k, v) -> out.put(k, Boolean.parseBoolean(v)));
        return out;
    }

    /** {@code "name": ["a", "b"]} pairs of one JSON object, keyed by {@code key}. */
    private static Map<String, Set<String>> lists(String json, String key) {
        int at = json.indexOf("\"" + key + "\"");
        assertThat(at).as(key).isNotNegative();
        Map<String, Set<String>> out = new LinkedHashMap<>();
        Matcher e = Pattern.compile("\"(\\w+)\"\\s*:\\s*\\[([^\\]]*)]").matcher(json.substring(at));
        while (e.find()) {
            Set<String> names = new TreeSet<>();
            Matcher n = Pattern.compile("\"(\\w+)\"").matcher(e.group(2));
            while (n.find()) {
                names.add(n.group(1));
            }
            out.put(e.group(1), names);
        }
        return out;
    }

    /** bpftool's flags with its {@code have_} prefix and {@code _prog_type} / {@code _map_type} suffix removed. */
    private static Map<String, Boolean> bpftoolFlags(String key, String suffix) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        flags(bpftool, key).forEach((k, v) -> out.put(k.substring("have_".length(), k.length() - suffix.length()),
                v));
        return out;
    }

    @Test
    void programTypesAgreeWithBpftool() {
        Map<String, Boolean> mine = flags(ours, "program_types");
        Map<String, Boolean> theirs = bpftoolFlags("program_types", "_prog_type");
        assertThat(theirs).hasSizeGreaterThan(25);
        for (Map.Entry<String, Boolean> e : theirs.entrySet()) {
            assertThat(mine).as("bpftool's " + e.getKey()).containsKey(e.getKey());
            if (e.getKey().equals("tracing") && !e.getValue()) {
                // libbpf 1.1 answers no without trying; a tp_btf program loads and attaches here
                assertThat(mine.get("tracing")).isEqualTo(Features.attach(Features.AttachKind.TP_BTF));
                continue;
            }
            assertThat(mine.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
        }
    }

    /** Every sysctl and build option bpftool reports, with the same value ({@code null}: not set). */
    @Test
    void systemConfigAgreesWithBpftool() {
        Map<String, String> mine = scalars(ours, "system_config");
        Map<String, String> theirs = scalars(bpftool, "system_config");
        assertThat(theirs).containsKeys("unprivileged_bpf_disabled", "bpf_jit_limit", "CONFIG_BPF_SYSCALL");
        theirs.forEach((name, value) -> assertThat(mine).as(name).containsEntry(name, value));
    }

    /** bpftool's "misc" probes: the complexity limit, bounded loops, the v2 and v3 instruction sets. */
    @Test
    void verifierAndIsaAgreeWithBpftool() {
        Map<String, Boolean> mine = flags(ours, "misc");
        Map<String, Boolean> theirs = flags(bpftool, "misc");
        assertThat(theirs).hasSize(4);
        assertThat(mine.get("large_insn_limit")).isEqualTo(theirs.get("have_large_insn_limit"));
        assertThat(mine.get("bounded_loops")).isEqualTo(theirs.get("have_bounded_loops"));
        assertThat(mine.get("v2_isa")).isEqualTo(theirs.get("have_v2_isa_extension"));
        assertThat(mine.get("v3_isa")).isEqualTo(theirs.get("have_v3_isa_extension"));
        assertThat(mine).containsKey("v4_isa");
    }

    /** {@code "name": value} pairs of one flat JSON object, each value as written ({@code null}, a boolean, a
     * number, or a string without its quotes). */
    private static Map<String, String> scalars(String json, String key) {
        Matcher m = Pattern.compile("\"" + key + "\"\\s*:\\s*\\{([^{}]*)}").matcher(json);
        assertThat(m.find()).as(key).isTrue();
        Map<String, String> out = new LinkedHashMap<>();
        Matcher e = Pattern.compile("\"(\\w+)\"\\s*:\\s*(null|true|false|-?\\d+|\"([^\"]*)\")").matcher(m.group(1));
        while (e.find()) {
            out.put(e.group(1), e.group(3) != null ? e.group(3) : e.group(2).equals("null") ? null : e.group(2));
        }
        return out;
    }

    @Test
    void mapTypesAgreeWithBpftool() {
        Map<String, Boolean> mine = flags(ours, "map_types");
        Map<String, Boolean> theirs = bpftoolFlags("map_types", "_map_type");
        assertThat(theirs).hasSizeGreaterThan(25);
        theirs.forEach((name, yes) -> assertThat(mine.get(name)).as(name).isEqualTo(yes));
    }

    /**
     * Every helper we list, bpftool lists too unless it skips it or does not know its number; every helper only
     * bpftool lists is one the kernel refuses to that type with "program of this type cannot use helper" (checked
     * for three types, each refusal loaded and read).
     */
    @Test
    void helpersAgreeWithBpftoolUpToItsKnownGaps() {
        Map<String, Set<String>> mine = lists(ours, "helpers");
        Map<String, Set<String>> theirs = new LinkedHashMap<>();
        lists(bpftool, "helpers").forEach((k, v) -> theirs.put(k.replace("_available_helpers", ""), v));
        int bpftoolMax = theirs.values().stream().flatMap(Set::stream).map(Helper::ofNameOrNull)
                .filter(h -> h != null).mapToInt(Helper::id).max().orElseThrow();
        assertThat(mine.get("xdp")).contains("bpf_xdp_adjust_head", "bpf_redirect_map", "bpf_map_lookup_elem");
        int compared = 0;
        for (Map.Entry<String, Set<String>> e : mine.entrySet()) {
            Set<String> bt = theirs.get(e.getKey());
            if (bt == null || bt.isEmpty()) {
                continue; // a type bpftool does not know, or could not probe
            }
            compared++;
            for (String h : e.getValue()) {
                if (!bt.contains(h)) {
                    assertThat(BPFTOOL_SKIPS.contains(h) || Helper.ofNameOrNull(h).id() > bpftoolMax)
                            .as(e.getKey() + ": " + h + " is ours only").isTrue();
                }
            }
        }
        assertThat(compared).isGreaterThan(20);
        for (ProgType t : List.of(ProgType.SOCKET_FILTER, ProgType.XDP, ProgType.TRACEPOINT)) {
            Set<String> onlyTheirs = new TreeSet<>(theirs.get(FeaturesCommand.kernelName(t)));
            onlyTheirs.removeAll(mine.get(FeaturesCommand.kernelName(t)));
            for (String h : onlyTheirs) {
                assertThat(refusal(t, Helper.ofNameOrNull(h).id())).as(t + " " + h)
                        .contains("program of this type cannot use helper " + h + "#");
            }
        }
    }

    /** The kernel's message for a program of {@code type} calling helper {@code id} with zeroed arguments. */
    private static String refusal(ProgType type, int id) {
        List<Insn> insns = new ArrayList<>();
        for (Reg r : List.of(Reg.R1, Reg.R2, Reg.R3, Reg.R4, Reg.R5)) {
            insns.add(Alu.imm(true, AluOp.MOV, r, 0));
        }
        insns.add(Call.helper(id));
        insns.add(Alu.imm(true, AluOp.MOV, Reg.R0, 0));
        insns.add(Exit.INSTANCE);
        try (Program p = Program.load(ProgramSpec.of("probe", type, insns), LoadOptions.defaults().withLogLevel(1))) {
            return "loaded";
        } catch (ProgramLoadException e) {
            return e.log();
        }
    }

    @Test
    void textNamesWhyAnAttachKindIsMissing() {
        CommandLineTest.Run r = run("features");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("system (sysctls, /proc/config.gz)", "verifier and instruction set",
                "  v4_isa                   yes", "program types (a two-instruction program loads)",
                "  socket_filter            yes",
                "map types (a one-entry map is created)", "  ringbuf                  yes", "attach kinds",
                "  tp_btf                   yes", "BTF kinds (BPF_BTF_LOAD accepts them)",
                "  enum64                   yes");
        assertThat(r.out()).doesNotContain("helpers of ");
        String kprobes = KernelFacts.kprobeUnavailableReason();
        assertThat(r.out()).contains(kprobes == null ? "  kprobe                   yes"
                : "  kprobe                   no: " + kprobes);
    }

    @Test
    void oneProgramTypesHelpers() {
        CommandLineTest.Run r = run("features", "--type", "XDP");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).containsOnlyOnce("helpers of ").contains("helpers of xdp (", "bpf_xdp_adjust_head");
    }

    @Test
    void unknownProgramTypeIsAUsageError() {
        CommandLineTest.Run r = run("features", "--type", "kprobes");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("no program type 'kprobes': one of socket_filter, kprobe,");
    }
}
