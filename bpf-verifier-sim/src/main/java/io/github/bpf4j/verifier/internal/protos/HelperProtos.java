package io.github.bpf4j.verifier.internal.protos;

import io.github.bpf4j.asm.Helper;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The helper prototypes of Linux 6.18 and which program type may call which helper: what
 * {@code check_helper_call} finds through {@code env->ops->get_func_proto} before it checks any argument.
 *
 * <pre>
 *   Optional&lt;HelperProto&gt; p = HelperProtos.lookup(27, ProgTypeName.PERF_EVENT);   // bpf_get_stackid_proto_pe
 *   HelperProtos.availability(4, ProgTypeName.SCHED_CLS);                        // NOT_FOR_THIS_TYPE
 *   HelperProtos.message(4, ProgTypeName.SCHED_CLS);
 *       // "program of this type cannot use helper bpf_probe_read#4"
 * </pre>
 * Immutable and thread-safe. The availability of every (type, helper id 0..212) pair equals what the live kernel
 * answered (testdata/verifier/helpers/matrix.txt, checked by HelperProtosTest).
 */
public final class HelperProtos {

    /** {@code check_helper_call}: the program's license is not GPL-compatible and the prototype is gpl_only. */
    public static final String GPL_MESSAGE = "cannot call GPL-restricted function from non-GPL compatible program";
    /** {@code check_helper_call}: a might_sleep prototype called from a program that is not sleepable. */
    public static final String SLEEP_MESSAGE = "helper call might sleep in a non-sleepable prog";
    /** {@code check_helper_call}: the prototype's {@code allowed} callback refused this program. */
    public static final String NOT_ALLOWED_MESSAGE = "helper call is not allowed in probe";

    private static final Map<String, HelperProto> BY_SYMBOL = ProtoTable.protos();
    private static final Map<ProgTypeName, Map<Integer, HelperProto>> BY_TYPE = resolve();

    private HelperProtos() {
    }

    private static Map<ProgTypeName, Map<Integer, HelperProto>> resolve() {
        Map<ProgTypeName, Map<Integer, HelperProto>> out = new EnumMap<>(ProgTypeName.class);
        for (Map.Entry<ProgTypeName, Map<Integer, String>> e : FuncProtos.all().entrySet()) {
            Map<Integer, HelperProto> m = new java.util.HashMap<>();
            for (Map.Entry<Integer, String> h : e.getValue().entrySet()) {
                HelperProto p = BY_SYMBOL.get(h.getValue());
                if (p == null || p.helper().id() != h.getKey()) {
                    throw new IllegalStateException("FuncProtos " + e.getKey().spelling() + ": helper #" + h.getKey()
                            + " maps to " + h.getValue() + (p == null ? ", which ProtoTable lacks"
                            : ", a prototype of " + p.helper().kernelName()));
                }
                m.put(h.getKey(), p);
            }
            out.put(e.getKey(), Map.copyOf(m));
        }
        for (ProgTypeName t : ProgTypeName.values()) {
            if (!out.containsKey(t)) {
                throw new IllegalStateException("FuncProtos has no table for " + t.spelling());
            }
        }
        return out;
    }

    /** The prototype {@code type}'s get_func_proto returns for helper {@code id}, empty when it returns none. */
    public static Optional<HelperProto> lookup(int id, ProgTypeName type) {
        return Optional.ofNullable(BY_TYPE.get(type).get(id));
    }

    /** Whether a program of {@code type} may call helper {@code id}. */
    public static Availability availability(int id, ProgTypeName type) {
        if (Helper.ofIdOrNull(id) == null) {
            return Availability.UNKNOWN;
        }
        return BY_TYPE.get(type).containsKey(id) ? Availability.AVAILABLE : Availability.NOT_FOR_THIS_TYPE;
    }

    /**
     * The verifier's log line when a program of {@code type} calls helper {@code id} and the lookup fails, or empty
     * when the helper is available: {@code invalid func unknown#212} for an id outside the range,
     * {@code program of this type cannot use helper bpf_probe_read#4} otherwise (id 0 prints as bpf_unspec).
     */
    public static Optional<String> message(int id, ProgTypeName type) {
        return switch (availability(id, type)) {
            case AVAILABLE -> Optional.empty();
            case NOT_FOR_THIS_TYPE -> Optional.of("program of this type cannot use helper "
                    + Helper.ofId(id).kernelName() + "#" + id);
            case UNKNOWN -> Optional.of("invalid func unknown#" + id);
        };
    }

    /**
     * The first refusal {@code check_helper_call} makes about the helper itself once it has the prototype, in the
     * kernel's order (GPL, then the allowed callback, then sleepability), or empty. {@code allowedRefuses} says
     * whether the prototype's allowed callback refuses this program (it depends on the attach point; the simulator
     * decides it).
     */
    public static Optional<String> callRefusal(HelperProto proto, boolean gplCompatible, boolean allowedRefuses,
                                               boolean sleepable) {
        if (proto.gplOnly() && !gplCompatible) {
            return Optional.of(GPL_MESSAGE);
        }
        if (proto.allowed() && allowedRefuses) {
            return Optional.of(NOT_ALLOWED_MESSAGE);
        }
        if (proto.mightSleep() && !sleepable) {
            return Optional.of(SLEEP_MESSAGE);
        }
        return Optional.empty();
    }

    /** Every prototype of the table (one per kernel symbol). */
    public static Collection<HelperProto> all() {
        return BY_SYMBOL.values();
    }

    /** The prototype with the kernel symbol {@code symbol} ({@code bpf_get_stackid_proto_pe}). */
    public static Optional<HelperProto> bySymbol(String symbol) {
        return Optional.ofNullable(BY_SYMBOL.get(symbol));
    }
}
