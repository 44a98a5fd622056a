package io.github.bpf4j.verifier.internal;

import io.github.bpf4j.asm.Helper;
import io.github.bpf4j.verifier.ProgType;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Helper prototypes ({@code struct bpf_func_proto}) and which program types may call them ({@code get_func_proto}
 * of each program type), for the helpers this simulator models; Linux 6.18, privileged loader.
 */
final class Helpers {

    /** Argument types ({@code enum bpf_arg_type}, with the flag combinations used here). */
    enum Arg {
        DONTCARE, ANYTHING, CONST_MAP_PTR, PTR_TO_MAP_KEY, PTR_TO_MAP_VALUE, PTR_TO_CTX,
        /** {@code ARG_PTR_TO_MEM | MEM_RDONLY}. */
        PTR_TO_MEM_RDONLY,
        /** {@code ARG_PTR_TO_UNINIT_MEM}: {@code ARG_PTR_TO_MEM | MEM_UNINIT | MEM_WRITE}. */
        PTR_TO_UNINIT_MEM,
        CONST_SIZE, CONST_SIZE_OR_ZERO, CONST_ALLOC_SIZE_OR_ZERO,
        /** {@code ARG_PTR_TO_RINGBUF_MEM | OBJ_RELEASE}. */
        PTR_TO_RINGBUF_MEM_RELEASE,
        PTR_TO_FUNC,
        /** {@code ARG_PTR_TO_STACK_OR_NULL}. */
        PTR_TO_STACK_OR_NULL
    }

    /** Return types. */
    enum Ret { INTEGER, VOID, PTR_TO_MAP_VALUE_OR_NULL, PTR_TO_RINGBUF_MEM_OR_NULL }

    record Proto(int id, Ret ret, Arg[] args, Set<ProgType> types) {
        int numParams() {
            int n = 0;
            for (int i = 0; i < args.length; i++) {
                if (args[i] != Arg.DONTCARE) {
                    n = i + 1;
                }
            }
            return n;
        }
    }

    private static final Map<Integer, Proto> PROTOS = new HashMap<>();
    private static final Set<ProgType> ALL = EnumSet.allOf(ProgType.class);
    private static final Set<ProgType> TRACING = EnumSet.of(ProgType.KPROBE, ProgType.TRACEPOINT,
            ProgType.PERF_EVENT, ProgType.RAW_TRACEPOINT);
    private static final Set<ProgType> SKB = EnumSet.of(ProgType.SOCKET_FILTER, ProgType.SCHED_CLS,
            ProgType.SCHED_ACT, ProgType.CGROUP_SKB);

    private static void def(int id, Ret ret, Set<ProgType> types, Arg... args) {
        PROTOS.put(id, new Proto(id, ret, args, types));
    }

    static {
        def(1, Ret.PTR_TO_MAP_VALUE_OR_NULL, ALL, Arg.CONST_MAP_PTR, Arg.PTR_TO_MAP_KEY);
        def(2, Ret.INTEGER, ALL, Arg.CONST_MAP_PTR, Arg.PTR_TO_MAP_KEY, Arg.PTR_TO_MAP_VALUE, Arg.ANYTHING);
        def(3, Ret.INTEGER, ALL, Arg.CONST_MAP_PTR, Arg.PTR_TO_MAP_KEY);
        def(4, Ret.INTEGER, TRACING, Arg.PTR_TO_UNINIT_MEM, Arg.CONST_SIZE_OR_ZERO, Arg.ANYTHING);
        def(5, Ret.INTEGER, ALL);
        def(6, Ret.INTEGER, ALL, Arg.PTR_TO_MEM_RDONLY, Arg.CONST_SIZE);
        def(7, Ret.INTEGER, ALL);
        def(8, Ret.INTEGER, ALL);
        def(12, Ret.VOID, ALL, Arg.PTR_TO_CTX, Arg.CONST_MAP_PTR, Arg.ANYTHING);
        def(14, Ret.INTEGER, ALL);
        def(15, Ret.INTEGER, ALL);
        def(16, Ret.INTEGER, ALL, Arg.PTR_TO_UNINIT_MEM, Arg.CONST_SIZE);
        def(23, Ret.INTEGER, EnumSet.of(ProgType.SCHED_CLS, ProgType.SCHED_ACT, ProgType.XDP), Arg.ANYTHING,
                Arg.ANYTHING);
        def(25, Ret.INTEGER, EnumSet.of(ProgType.KPROBE, ProgType.TRACEPOINT, ProgType.PERF_EVENT,
                        ProgType.RAW_TRACEPOINT, ProgType.SOCKET_FILTER, ProgType.SCHED_CLS, ProgType.SCHED_ACT,
                        ProgType.XDP, ProgType.CGROUP_SKB),
                Arg.PTR_TO_CTX, Arg.CONST_MAP_PTR, Arg.ANYTHING, Arg.PTR_TO_MEM_RDONLY, Arg.CONST_SIZE_OR_ZERO);
        def(26, Ret.INTEGER, SKB, Arg.PTR_TO_CTX, Arg.ANYTHING, Arg.PTR_TO_UNINIT_MEM, Arg.CONST_SIZE);
        def(35, Ret.INTEGER, ALL);
        def(112, Ret.INTEGER, ALL, Arg.PTR_TO_UNINIT_MEM, Arg.CONST_SIZE_OR_ZERO, Arg.ANYTHING);
        def(113, Ret.INTEGER, ALL, Arg.PTR_TO_UNINIT_MEM, Arg.CONST_SIZE_OR_ZERO, Arg.ANYTHING);
        def(114, Ret.INTEGER, ALL, Arg.PTR_TO_UNINIT_MEM, Arg.CONST_SIZE_OR_ZERO, Arg.ANYTHING);
        def(115, Ret.INTEGER, ALL, Arg.PTR_TO_UNINIT_MEM, Arg.CONST_SIZE_OR_ZERO, Arg.ANYTHING);
        def(125, Ret.INTEGER, ALL);
        def(130, Ret.INTEGER, ALL, Arg.CONST_MAP_PTR, Arg.PTR_TO_MEM_RDONLY, Arg.CONST_SIZE_OR_ZERO,
                Arg.ANYTHING);
        def(131, Ret.PTR_TO_RINGBUF_MEM_OR_NULL, ALL, Arg.CONST_MAP_PTR, Arg.CONST_ALLOC_SIZE_OR_ZERO,
                Arg.ANYTHING);
        def(132, Ret.VOID, ALL, Arg.PTR_TO_RINGBUF_MEM_RELEASE, Arg.ANYTHING);
        def(133, Ret.VOID, ALL, Arg.PTR_TO_RINGBUF_MEM_RELEASE, Arg.ANYTHING);
        def(181, Ret.INTEGER, ALL, Arg.ANYTHING, Arg.PTR_TO_FUNC, Arg.PTR_TO_STACK_OR_NULL, Arg.ANYTHING);
    }

    private Helpers() {}

    /** The modelled prototype of helper {@code id}, or {@code null}. */
    static Proto proto(int id) {
        return PROTOS.get(id);
    }

    /** {@code func_id_name}: the helper's kernel name, {@code unknown} out of range. */
    static String name(int id) {
        Helper h = id >= 0 && id < Helper.MAX_ID ? Helper.ofIdOrNull(id) : null;
        return h == null ? "unknown" : h.kernelName();
    }

    /** Whether {@code id} is inside {@code [0, __BPF_FUNC_MAX_ID)}. */
    static boolean inRange(int id) {
        return id >= 0 && id < Helper.MAX_ID;
    }
}
