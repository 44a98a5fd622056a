package io.github.bpf4j.verifier.internal;

import io.github.bpf4j.asm.Helper;
import io.github.bpf4j.verifier.ProgType;
import io.github.bpf4j.verifier.internal.protos.Availability;
import io.github.bpf4j.verifier.internal.protos.HelperProtos;
import io.github.bpf4j.verifier.internal.protos.ProgTypeName;
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
        PTR_TO_STACK_OR_NULL,
        /** {@code ARG_PTR_TO_SOCK_COMMON}: any of the socket types. */
        PTR_TO_SOCK_COMMON,
        /** {@code ARG_PTR_TO_BTF_ID_SOCK_COMMON | OBJ_RELEASE} ({@code bpf_sk_release}). */
        BTF_ID_SOCK_COMMON_RELEASE,
        /** {@code ARG_PTR_TO_BTF_ID}: a pointer to the struct the prototype names ({@link Proto#argBtf}). */
        PTR_TO_BTF_ID,
        /** {@code ARG_PTR_TO_MEM | MEM_WRITE}: initialized memory the helper writes ({@code bpf_snprintf_btf}). */
        PTR_TO_MEM_WRITE,
        /** {@code ARG_PTR_TO_PERCPU_BTF_ID}: a per-CPU kernel variable ({@code percpu_ptr_}). */
        PTR_TO_PERCPU_BTF_ID,
        /** {@code ARG_PTR_TO_MAP_VALUE | MEM_UNINIT | MEM_WRITE}: the helper fills a map value (pop, peek). */
        PTR_TO_UNINIT_MAP_VALUE,
        /** {@code ARG_PTR_TO_CTX_OR_NULL}. */
        PTR_TO_CTX_OR_NULL,
        /** {@code ARG_PTR_TO_MEM | PTR_MAYBE_NULL | MEM_RDONLY}: read-only memory or NULL ({@code csum_diff}). */
        PTR_TO_MEM_OR_NULL_RDONLY,
        /** {@code ARG_PTR_TO_MEM | PTR_MAYBE_NULL | MEM_WRITE}: memory the helper writes, or NULL. */
        PTR_TO_MEM_OR_NULL_WRITE,
        /** {@code ARG_PTR_TO_BTF_ID_SOCK_COMMON}: any socket, or a kernel struct starting with sock_common. */
        BTF_ID_SOCK_COMMON,
        /**
         * {@code ARG_PTR_TO_FIXED_SIZE_MEM} that the helper writes: the size, {@code MEM_UNINIT} and
         * {@code MEM_ALIGNED} are the prototype's ({@link DerivedHelpers#kernelArg}).
         */
        PTR_TO_FIXED_SIZE_MEM,
        /** {@code ARG_PTR_TO_FIXED_SIZE_MEM | MEM_RDONLY}. */
        PTR_TO_FIXED_SIZE_MEM_RDONLY,
        /** {@code ARG_PTR_TO_BTF_ID_OR_NULL}: the struct {@link Proto#argBtf}, or NULL (the storage helpers). */
        PTR_TO_BTF_ID_OR_NULL,
        /** {@code ARG_PTR_TO_MAP_VALUE_OR_NULL}: an initial value to store, or NULL. */
        PTR_TO_MAP_VALUE_OR_NULL,
        /** {@code ARG_PTR_TO_CONST_STR}: a NUL-terminated string in a frozen read-only array ({@code strncmp}). */
        PTR_TO_CONST_STR;

        /** {@code type_may_be_null}: a NULL scalar skips the type check. */
        boolean mayBeNull() {
            return this == PTR_TO_STACK_OR_NULL || this == PTR_TO_CTX_OR_NULL || this == PTR_TO_MEM_OR_NULL_RDONLY
                    || this == PTR_TO_MEM_OR_NULL_WRITE || this == PTR_TO_BTF_ID_OR_NULL
                    || this == PTR_TO_MAP_VALUE_OR_NULL;
        }

        /** {@code MEM_RDONLY}: read-only memory is accepted too. */
        boolean isRdonly() {
            return this == PTR_TO_MEM_RDONLY || this == PTR_TO_MEM_OR_NULL_RDONLY
                    || this == PTR_TO_FIXED_SIZE_MEM_RDONLY;
        }

        /** Whether the helper writes through this memory argument ({@code MEM_UNINIT} or {@code MEM_WRITE}). */
        boolean isWrite() {
            return this == PTR_TO_UNINIT_MEM || this == PTR_TO_MEM_WRITE || this == PTR_TO_MEM_OR_NULL_WRITE;
        }

        /** {@code arg_type_is_release}. */
        boolean isRelease() {
            return this == PTR_TO_RINGBUF_MEM_RELEASE || this == BTF_ID_SOCK_COMMON_RELEASE;
        }
    }

    /** Return types. */
    enum Ret {
        INTEGER, VOID, PTR_TO_MAP_VALUE_OR_NULL,
        /** {@code RET_PTR_TO_MAP_VALUE}: never NULL ({@code bpf_get_local_storage}). */
        PTR_TO_MAP_VALUE, PTR_TO_RINGBUF_MEM_OR_NULL, PTR_TO_SOCKET_OR_NULL,
        PTR_TO_SOCK_COMMON_OR_NULL, PTR_TO_TCP_SOCK_OR_NULL,
        /** {@code RET_PTR_TO_BTF_ID_TRUSTED}: a trusted pointer to {@link Proto#retBtf}. */
        PTR_TO_BTF_ID_TRUSTED,
        /** {@code RET_PTR_TO_BTF_ID}: a (legacy, flagless) pointer to {@link Proto#retBtf}. */
        PTR_TO_BTF_ID,
        /** {@code RET_PTR_TO_BTF_ID | PTR_MAYBE_NULL}: the {@code skc_to_*} casts, {@code sock_from_file}. */
        PTR_TO_BTF_ID_OR_NULL,
        /** {@code RET_PTR_TO_MEM_OR_BTF_ID | MEM_RDONLY}: the CPU's copy of the per-CPU argument's type. */
        PTR_TO_MEM_OR_BTF_ID,
        /** {@code RET_PTR_TO_MEM_OR_BTF_ID | PTR_MAYBE_NULL | MEM_RDONLY}. */
        PTR_TO_MEM_OR_BTF_ID_OR_NULL;

        /** The register type a pointer return has, or {@code null} for a scalar or nothing. */
        RegType regType() {
            return switch (this) {
                case INTEGER, VOID -> null;
                case PTR_TO_MAP_VALUE_OR_NULL, PTR_TO_MAP_VALUE -> RegType.PTR_TO_MAP_VALUE;
                case PTR_TO_RINGBUF_MEM_OR_NULL -> RegType.PTR_TO_MEM;
                case PTR_TO_SOCKET_OR_NULL -> RegType.PTR_TO_SOCKET;
                case PTR_TO_SOCK_COMMON_OR_NULL -> RegType.PTR_TO_SOCK_COMMON;
                case PTR_TO_TCP_SOCK_OR_NULL -> RegType.PTR_TO_TCP_SOCK;
                case PTR_TO_BTF_ID_TRUSTED, PTR_TO_BTF_ID, PTR_TO_BTF_ID_OR_NULL -> RegType.PTR_TO_BTF_ID;
                // a struct gives PTR_TO_BTF_ID, anything else PTR_TO_MEM: decided per call (Ksyms.perCpuResult)
                case PTR_TO_MEM_OR_BTF_ID, PTR_TO_MEM_OR_BTF_ID_OR_NULL -> null;
            };
        }
    }

    /** {@code is_acquire_function}: the helper returns a new reference the program must release. */
    static boolean isAcquire(int id) {
        return id == 84 || id == 85 || id == 99 || id == 131;
    }

    /** {@code is_ptr_cast_function}: the result holds the reference of its argument. */
    static boolean isPtrCast(int id) {
        // sk_fullsock, tcp_sock, skc_to_tcp6_sock, skc_to_tcp_sock, skc_to_tcp_timewait_sock,
        // skc_to_tcp_request_sock, skc_to_udp6_sock, skc_to_mptcp_sock (not skc_to_unix_sock)
        return id == 95 || id == 96 || (id >= 136 && id <= 140) || id == 196;
    }

    /**
     * A prototype.
     *
     * @param argBtf the struct an {@link Arg#PTR_TO_BTF_ID} argument points to ({@code arg_btf_id}), or null
     * @param retBtf the struct a {@code PTR_TO_BTF_ID} return points to ({@code ret_btf_id}), or null
     */
    record Proto(int id, Ret ret, Arg[] args, Set<ProgType> types, String argBtf, String retBtf) {
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
        PROTOS.put(id, new Proto(id, ret, args, types, null, null));
    }

    private static void defBtf(int id, Ret ret, String retBtf, String argBtf, Arg... args) {
        PROTOS.put(id, new Proto(id, ret, args, availableIn(id), argBtf, retBtf));
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
        // Helpers that call a callback of the program (Callbacks): bpf_for_each_map_elem and bpf_find_vma
        def(164, Ret.INTEGER, availableIn(164), Arg.CONST_MAP_PTR, Arg.PTR_TO_FUNC, Arg.PTR_TO_STACK_OR_NULL,
                Arg.ANYTHING);
        defBtf(180, Ret.INTEGER, null, "task_struct", Arg.PTR_TO_BTF_ID, Arg.ANYTHING, Arg.PTR_TO_FUNC,
                Arg.PTR_TO_STACK_OR_NULL, Arg.ANYTHING);
        // Socket lookups and casts (net/core/filter.c); the tuple size may be zero, as the live kernel shows.
        for (int lookup : new int[] {84, 85}) {
            def(lookup, Ret.PTR_TO_SOCKET_OR_NULL, availableIn(lookup), Arg.PTR_TO_CTX, Arg.PTR_TO_MEM_RDONLY,
                    Arg.CONST_SIZE_OR_ZERO, Arg.ANYTHING, Arg.ANYTHING);
        }
        def(99, Ret.PTR_TO_SOCK_COMMON_OR_NULL, availableIn(99), Arg.PTR_TO_CTX, Arg.PTR_TO_MEM_RDONLY,
                Arg.CONST_SIZE_OR_ZERO, Arg.ANYTHING, Arg.ANYTHING);
        def(86, Ret.INTEGER, availableIn(86), Arg.BTF_ID_SOCK_COMMON_RELEASE);
        def(95, Ret.PTR_TO_SOCKET_OR_NULL, availableIn(95), Arg.PTR_TO_SOCK_COMMON);
        def(96, Ret.PTR_TO_TCP_SOCK_OR_NULL, availableIn(96), Arg.PTR_TO_SOCK_COMMON);
        // Helpers typed by the kernel's BTF (kernel/trace/bpf_trace.c, kernel/bpf/stackmap.c)
        defBtf(158, Ret.PTR_TO_BTF_ID_TRUSTED, "task_struct", null);
        defBtf(175, Ret.PTR_TO_BTF_ID, "pt_regs", "task_struct", Arg.PTR_TO_BTF_ID);
        defBtf(141, Ret.INTEGER, null, "task_struct", Arg.PTR_TO_BTF_ID, Arg.PTR_TO_UNINIT_MEM,
                Arg.CONST_SIZE_OR_ZERO, Arg.ANYTHING);
        // BTF-typed printing (kernel/trace/bpf_trace.c): the struct btf_ptr argument is read-only memory of the
        // given size; its type id and flags are checked when the helper runs, not by the verifier
        def(149, Ret.INTEGER, availableIn(149), Arg.PTR_TO_MEM_WRITE, Arg.CONST_SIZE, Arg.PTR_TO_MEM_RDONLY,
                Arg.CONST_SIZE, Arg.ANYTHING);
        defBtf(150, Ret.INTEGER, null, "seq_file", Arg.PTR_TO_BTF_ID, Arg.PTR_TO_MEM_RDONLY, Arg.CONST_SIZE_OR_ZERO,
                Arg.ANYTHING);
        // Per-CPU kernel variables (kernel/bpf/helpers.c), loaded as ksyms (Ksyms)
        def(153, Ret.PTR_TO_MEM_OR_BTF_ID_OR_NULL, availableIn(153), Arg.PTR_TO_PERCPU_BTF_ID, Arg.ANYTHING);
        def(154, Ret.PTR_TO_MEM_OR_BTF_ID, availableIn(154), Arg.PTR_TO_PERCPU_BTF_ID);
    }

    /**
     * The modelled program types whose {@code get_func_proto} offers helper {@code id}, from the prototype table
     * checked against the live kernel ({@link HelperProtos}).
     */
    private static Set<ProgType> availableIn(int id) {
        Set<ProgType> out = EnumSet.noneOf(ProgType.class);
        for (ProgType t : ProgType.values()) {
            if (HelperProtos.availability(id, ProgTypeName.valueOf(t.name())) == Availability.AVAILABLE) {
                out.add(t);
            }
        }
        return out;
    }

    private Helpers() {}

    /**
     * Whether a program of {@code type} may call {@code fn}; BTF-typed tracing takes its table from
     * {@link HelperProtos}, checked against the live kernel.
     */
    static boolean available(Proto fn, ProgType type) {
        if (type == ProgType.TRACING) {
            return HelperProtos.availability(fn.id(), ProgTypeName.TRACING) == Availability.AVAILABLE;
        }
        return fn.types().contains(type);
    }

    /**
     * Whether the kernel's {@code get_func_proto} for {@code type} returns a prototype for helper {@code id}, modelled
     * here or not ({@link HelperProtos}, Linux 6.18's tables): a helper the type is not offered is refused with
     * "program of this type cannot use helper" before anything about the helper itself matters.
     */
    static boolean offeredTo(int id, ProgType type) {
        return HelperProtos.availability(id, ProgTypeName.valueOf(type.name())) == Availability.AVAILABLE;
    }

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
