package io.github.bpf4j.verifier.internal.protos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bpf4j.asm.Helper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the prototype table against what the live Linux 6.18 kernel answered for every (program type, helper id)
 * pair, recorded by testdata/verifier/helpers/probe.sh in matrix.txt. Offline: the file is the kernel's word.
 */
class HelperProtosTest {

    /** One recorded pair. */
    record Pair(ProgTypeName type, int id, char code, char first, char allCtx, char allZero) {
    }

    private static final List<Pair> PAIRS = new ArrayList<>();
    private static final Map<String, String> NOTES = new HashMap<>();
    private static final Map<Character, String> LEGEND = new HashMap<>();
    private static final Map<Integer, String> NAMES = new LinkedHashMap<>();
    private static final List<String[]> WRITES = new ArrayList<>();

    @BeforeAll
    static void readMatrix() throws IOException {
        Path file = Path.of(System.getProperty("bpf4j.testdata", "../testdata"), "verifier", "helpers", "matrix.txt");
        Map<String, String> codes = new LinkedHashMap<>();
        Map<String, String> firsts = new HashMap<>();
        Map<String, String> allCtx = new HashMap<>();
        Map<String, String> allZero = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            switch (f[0]) {
                case "type" -> codes.put(f[1], f[2]);
                case "first" -> firsts.put(f[1], f[2]);
                case "allctx" -> allCtx.put(f[1], f[2]);
                case "allzero" -> allZero.put(f[1], f[2]);
                case "first-legend" -> LEGEND.put(f[1].charAt(0), f[2]);
                case "note" -> NOTES.put(f[1] + "#" + f[2], f[3]);
                case "name" -> NAMES.put(Integer.parseInt(f[1]), f[2]);
                case "write" -> WRITES.add(f);
                case "message" -> NOTES.put("message:" + f[1], f[2]);
                default -> throw new IllegalStateException(file + ": unexpected line " + line);
            }
        }
        for (Map.Entry<String, String> e : codes.entrySet()) {
            ProgTypeName type = ProgTypeName.of(e.getKey());
            String first = firsts.get(e.getKey());
            String ctx = allCtx.get(e.getKey());
            String zero = allZero.get(e.getKey());
            for (int id = 0; id < e.getValue().length(); id++) {
                PAIRS.add(new Pair(type, id, e.getValue().charAt(id), first.charAt(id), ctx.charAt(id),
                        zero.charAt(id)));
            }
        }
    }

    @Test
    void everyProbedTypeIsInTheTableAndEveryTableTypeWasProbed() {
        assertThat(PAIRS.stream().map(Pair::type).distinct()).containsExactlyInAnyOrder(ProgTypeName.values());
        assertThat(PAIRS).hasSize(ProgTypeName.values().length * (Helper.MAX_ID + 1));
    }

    @Test
    void helperNamesAreTheKernelsNames() {
        for (Map.Entry<Integer, String> e : NAMES.entrySet()) {
            Helper h = Helper.ofIdOrNull(e.getKey());
            assertThat(h == null ? "unknown" : h.kernelName()).as("helper #%d", e.getKey()).isEqualTo(e.getValue());
        }
    }

    /** The agreement figure of the brief: availability and message of every pair equal the kernel's. */
    @Test
    void availabilityAndMessageOfEveryPairEqualTheKernels() {
        List<String> differences = new ArrayList<>();
        for (Pair p : PAIRS) {
            Availability want = switch (p.code()) {
                case 'A', 'G' -> Availability.AVAILABLE;
                case '.' -> Availability.NOT_FOR_THIS_TYPE;
                case 'x' -> Availability.UNKNOWN;
                default -> throw new IllegalStateException("code " + p.code());
            };
            Availability got = HelperProtos.availability(p.id(), p.type());
            Optional<String> wantMessage = switch (want) {
                case AVAILABLE -> Optional.empty();
                case NOT_FOR_THIS_TYPE -> Optional.of("program of this type cannot use helper " + NAMES.get(p.id())
                        + "#" + p.id());
                case UNKNOWN -> Optional.of("invalid func " + NAMES.get(p.id()) + "#" + p.id());
            };
            if (got != want || !HelperProtos.message(p.id(), p.type()).equals(wantMessage)
                    || HelperProtos.lookup(p.id(), p.type()).isPresent() != (want == Availability.AVAILABLE)) {
                differences.add(p.type().spelling() + " " + NAMES.get(p.id()) + "#" + p.id() + ": kernel " + want
                        + ", table " + got);
            }
        }
        System.out.printf("helper availability: %d of %d (type, helper) pairs agree with the kernel%n",
                PAIRS.size() - differences.size(), PAIRS.size());
        assertThat(differences).as("pairs where the table disagrees with the live kernel").isEmpty();
    }

    @Test
    void gplOnlyEqualsWhatTheKernelRefusesToNonGplPrograms() {
        assertThat(HelperProtos.GPL_MESSAGE).isEqualTo(NOTES.get("message:gpl"));
        List<String> differences = new ArrayList<>();
        for (Pair p : PAIRS) {
            Optional<HelperProto> proto = HelperProtos.lookup(p.id(), p.type());
            if (proto.isPresent() && proto.get().gplOnly() != (p.code() == 'G')) {
                differences.add(p.type().spelling() + " " + proto.get().symbol() + ": kernel gpl_only="
                        + (p.code() == 'G'));
            }
        }
        assertThat(differences).isEmpty();
    }

    /** might_sleep, the allowed callback and get_func_ip's own check, as the kernel refused them. */
    @Test
    void callRefusalsEqualTheKernels() {
        List<String> differences = new ArrayList<>();
        for (Pair p : PAIRS) {
            Optional<HelperProto> proto = HelperProtos.lookup(p.id(), p.type());
            if (proto.isEmpty()) {
                continue;
            }
            String note = NOTES.get(p.type().spelling() + "#" + p.id());
            boolean sleepable = p.type() == ProgTypeName.SYSCALL;
            boolean allowedRefuses = HelperProtos.NOT_ALLOWED_MESSAGE.equals(note);
            Optional<String> got = HelperProtos.callRefusal(proto.get(), true, allowedRefuses, sleepable);
            Optional<String> want = Optional.ofNullable(note)
                    .filter(n -> !n.startsWith("func " + NAMES.get(p.id()) + "#"));
            if (allowedRefuses && !proto.get().allowed()) {
                differences.add(p.type().spelling() + " " + proto.get().symbol() + ": kernel has an allowed callback");
            } else if (!got.equals(want)) {
                differences.add(p.type().spelling() + " " + proto.get().symbol() + ": kernel " + want + ", table "
                        + got);
            }
            if (note != null && note.startsWith("func ")) {
                // check_get_func_ip: only bpf_get_func_ip has a per-attach-point check of its own.
                assertThat(p.id()).isEqualTo(Helper.GET_FUNC_IP.id());
            }
        }
        assertThat(differences).isEmpty();
    }

    /**
     * The kernel's first complaint with r1 = ctx and r2..r5 unset shows which registers the first argument accepts
     * and whether a second argument exists; the prototype's first argument must explain it.
     */
    @Test
    void firstArgumentExplainsTheKernelsFirstComplaint() {
        Map<String, Predicate<HelperProto>> explains = Map.ofEntries(
                Map.entry("accept", p -> p.argCount() == 0
                        || p.argCount() == 1 && acceptsCtx(p.arg(1))),
                Map.entry("R2 !read_ok", p -> p.argCount() >= 2 && acceptsCtx(p.arg(1))),
                Map.entry("R1 type=ctx expected=map_ptr", p -> p.arg(1).base() == ArgType.CONST_MAP_PTR),
                Map.entry("R1 type=ctx expected=fp, pkt, pkt_meta, map_key, map_value, mem, ringbuf_mem, buf, "
                        + "trusted_ptr_", p -> p.arg(1).base() == ArgType.PTR_TO_MEM),
                // spin_lock_types and kptr_xchg_dest_types are the same two register types.
                Map.entry("R1 type=ctx expected=map_value, ptr_", p -> p.arg(1).base() == ArgType.PTR_TO_SPIN_LOCK
                        || p.arg(1).base() == ArgType.KPTR_XCHG_DEST),
                Map.entry("R1 type=ctx expected=ringbuf_mem", p -> p.arg(1).base() == ArgType.PTR_TO_RINGBUF_MEM),
                Map.entry("R1 type=ctx expected=sock_common, sock, tcp_sock, xdp_sock, ptr_, trusted_ptr_",
                        p -> p.arg(1).base() == ArgType.PTR_TO_BTF_ID_SOCK_COMMON),
                Map.entry("R1 type=ctx expected=ptr_, trusted_ptr_, rcu_ptr_",
                        p -> p.arg(1).base() == ArgType.PTR_TO_BTF_ID),
                Map.entry("R1 type=ctx expected=percpu_ptr_, percpu_rcu_ptr_, percpu_trusted_ptr_",
                        p -> p.arg(1).base() == ArgType.PTR_TO_PERCPU_BTF_ID),
                Map.entry("R1 type=ctx expected=map_value", p -> p.arg(1).base() == ArgType.PTR_TO_TIMER),
                Map.entry("R1 type=ctx expected=sock_common, sock, tcp_sock, xdp_sock",
                        p -> p.arg(1).base() == ArgType.PTR_TO_SOCK_COMMON),
                Map.entry("R1 type=ctx expected=fp, dynptr_ptr", p -> p.arg(1).base() == ArgType.PTR_TO_DYNPTR));
        List<String> differences = new ArrayList<>();
        int checked = 0;
        for (Pair p : PAIRS) {
            if (p.first() == '-') {
                continue;
            }
            String complaint = LEGEND.get(p.first());
            Predicate<HelperProto> rule = explains.get(complaint);
            assertThat(rule).as("a rule for the kernel's complaint '%s'", complaint).isNotNull();
            HelperProto proto = HelperProtos.lookup(p.id(), p.type()).orElseThrow();
            checked++;
            if (!rule.test(proto)) {
                differences.add(p.type().spelling() + " " + proto.symbol() + " " + proto.arg(1).spelling()
                        + " (" + proto.argCount() + " args): kernel says '" + complaint + "'");
            }
        }
        System.out.printf("helper prototypes: first argument agrees with the kernel for %d of %d available pairs%n",
                checked - differences.size(), checked);
        assertThat(differences).isEmpty();
    }

    /** Whether the helper writes through a memory argument: the kernel refuses a read-only map value for writes. */
    @Test
    void memoryArgumentsWriteExactlyWhereTheKernelSaysTheyWrite() {
        assertThat(WRITES).hasSizeGreaterThanOrEqualTo(10);
        List<String> differences = new ArrayList<>();
        for (String[] w : WRITES) {
            ProgTypeName type = ProgTypeName.of(w[1]);
            int id = Integer.parseInt(w[2]);
            Arg arg = HelperProtos.lookup(id, type).orElseThrow().arg(Integer.parseInt(w[3]));
            boolean writes = arg.has(TypeFlag.MEM_WRITE) || arg.has(TypeFlag.MEM_UNINIT);
            if (writes != w[4].equals("writes")) {
                differences.add(w[1] + " " + NAMES.get(id) + " arg" + w[3] + " " + arg.spelling() + ": kernel "
                        + w[4] + " (" + w[5] + ")");
            }
        }
        assertThat(differences).isEmpty();
    }

    /**
     * With r1..r5 all holding the context, the kernel names the first argument that refuses it: that locates the
     * arguments after the first (a CONST_SIZE, memory, map or socket argument refuses a context; ANYTHING and
     * PTR_TO_CTX take it).
     */
    @Test
    void firstArgumentRefusingTheContextIsTheKernels() {
        firstRefusingArgumentIsTheKernels("the context", Pair::allCtx, HelperProtosTest::acceptsCtx);
    }

    /**
     * With r1..r5 all 0, the kernel names the first argument that takes neither NULL nor zero: that checks the
     * PTR_MAYBE_NULL flags and which sizes may be zero.
     */
    @Test
    void firstArgumentRefusingZeroIsTheKernels() {
        firstRefusingArgumentIsTheKernels("zero", Pair::allZero, a -> switch (a.base()) {
            case ANYTHING, CONST_SIZE_OR_ZERO, CONST_ALLOC_SIZE_OR_ZERO -> true;
            case CONST_SIZE -> false;
            default -> a.has(TypeFlag.PTR_MAYBE_NULL);
        });
    }

    private static void firstRefusingArgumentIsTheKernels(String what, java.util.function.Function<Pair, Character> kernel,
                                                          Predicate<Arg> accepts) {
        List<String> differences = new ArrayList<>();
        int checked = 0;
        for (Pair p : PAIRS) {
            Optional<HelperProto> proto = HelperProtos.lookup(p.id(), p.type());
            char answer = kernel.apply(p);
            if (proto.isEmpty() || answer == '-') {
                continue;
            }
            char want = 'a';
            for (int i = 1; i <= proto.get().argCount(); i++) {
                if (!accepts.test(proto.get().arg(i))) {
                    want = (char) ('0' + i);
                    break;
                }
            }
            checked++;
            if (want != answer) {
                differences.add(p.type().spelling() + " " + proto.get().symbol() + ": kernel refuses " + what
                        + " first in " + answer + ", table in " + want);
            }
        }
        System.out.printf("helper prototypes: first argument refusing %s agrees for %d of %d available pairs%n",
                what, checked - differences.size(), checked);
        assertThat(checked).isGreaterThan(2000);
        assertThat(differences).isEmpty();
    }

    private static boolean acceptsCtx(Arg a) {
        return a.base() == ArgType.PTR_TO_CTX || a.base() == ArgType.ANYTHING;
    }

    @Test
    void everyHelperOfTheKernelHasAPrototype() {
        for (int id = 1; id < Helper.MAX_ID; id++) {
            int helperId = id;
            assertThat(HelperProtos.all()).as("a prototype of %s", Helper.ofId(id).kernelName())
                    .anyMatch(p -> p.helper().id() == helperId);
        }
    }

    @Test
    void prototypesSpellTheKernelsTypes() {
        HelperProto reserve = HelperProtos.lookup(Helper.RINGBUF_RESERVE.id(), ProgTypeName.XDP).orElseThrow();
        assertThat(reserve.ret().spelling()).isEqualTo("RET_PTR_TO_MEM | PTR_MAYBE_NULL | MEM_RINGBUF");
        assertThat(reserve.arg(2).spelling()).isEqualTo("ARG_CONST_ALLOC_SIZE_OR_ZERO");
        HelperProto comm = HelperProtos.lookup(Helper.GET_CURRENT_COMM.id(), ProgTypeName.KPROBE).orElseThrow();
        assertThat(comm.arg(1).spelling()).isEqualTo("ARG_PTR_TO_MEM | MEM_UNINIT | MEM_WRITE");
        HelperProto strtol = HelperProtos.bySymbol("bpf_strtol_proto").orElseThrow();
        assertThat(strtol.arg(4).size()).isEqualTo(8);
        assertThat(strtol.arg(4).has(TypeFlag.MEM_ALIGNED)).isTrue();
        assertThat(HelperProtos.lookup(Helper.GET_STACKID.id(), ProgTypeName.PERF_EVENT).orElseThrow().symbol())
                .isEqualTo("bpf_get_stackid_proto_pe");
        assertThat(HelperProtos.lookup(Helper.SKB_LOAD_BYTES.id(), ProgTypeName.FLOW_DISSECTOR).orElseThrow()
                .symbol()).isEqualTo("bpf_flow_dissector_load_bytes_proto");
        assertThat(HelperProtos.bySymbol("bpf_task_storage_get_proto").orElseThrow().arg(2).btfId())
                .isEqualTo("task_struct");
    }

    @Test
    void messagesAndRefusals() {
        assertThat(HelperProtos.message(Helper.PROBE_READ.id(), ProgTypeName.SCHED_CLS))
                .contains("program of this type cannot use helper bpf_probe_read#4");
        assertThat(HelperProtos.message(212, ProgTypeName.XDP)).contains("invalid func unknown#212");
        assertThat(HelperProtos.availability(-1, ProgTypeName.XDP)).isEqualTo(Availability.UNKNOWN);
        assertThat(HelperProtos.message(Helper.MAP_LOOKUP_ELEM.id(), ProgTypeName.XDP)).isEmpty();
        HelperProto printk = HelperProtos.lookup(Helper.TRACE_PRINTK.id(), ProgTypeName.XDP).orElseThrow();
        assertThat(HelperProtos.callRefusal(printk, false, false, false)).contains(HelperProtos.GPL_MESSAGE);
        assertThat(HelperProtos.callRefusal(printk, true, false, false)).isEmpty();
    }

    @Test
    void typeNamesParseAndRejectWithTheKnownOnes() {
        assertThat(ProgTypeName.of("sched_cls")).isEqualTo(ProgTypeName.SCHED_CLS);
        assertThat(ProgTypeName.of(io.github.bpf4j.verifier.ProgType.RAW_TRACEPOINT))
                .isEqualTo(ProgTypeName.RAW_TRACEPOINT);
        assertThatThrownBy(() -> ProgTypeName.of("lirc_mode2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown program type 'lirc_mode2'").hasMessageContaining("sched_cls");
    }
}
