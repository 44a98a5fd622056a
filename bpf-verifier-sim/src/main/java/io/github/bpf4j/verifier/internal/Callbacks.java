package io.github.bpf4j.verifier.internal;

import io.github.bpf4j.verifier.MapType;

/**
 * The helpers that call a callback of the program synchronously, and the callee frame each sets up
 * ({@code set_loop_callback_state}, {@code set_map_elem_callback_state}, {@code set_find_vma_callback_state};
 * kernel/bpf/verifier.c, Linux 6.18). The verifier walks a callback body as a frame called from the helper call,
 * returns to the call instruction itself, and queues the body again until the states at the call converge.
 */
final class Callbacks {

    static final int FOR_EACH_MAP_ELEM = 164;
    static final int FIND_VMA = 180;
    static final int LOOP = 181;
    static final int USER_RINGBUF_DRAIN = 209;

    private Callbacks() {}

    /** {@code is_sync_callback_calling_function}: the call instruction is a checkpoint of the callback loop. */
    static boolean isSyncCallbackCalling(int helperId) {
        return helperId == FOR_EACH_MAP_ELEM || helperId == FIND_VMA || helperId == LOOP
                || helperId == USER_RINGBUF_DRAIN;
    }

    /** A {@code PTR_TO_FUNC} register of the subprogram {@code subprog} (kept in the pointer's btf id slot). */
    static RegState.Pointer funcPtr(int subprog) {
        return new RegState.Pointer(RegType.PTR_TO_FUNC, false, false, 0, ScalarBounds.ofConst(0), 0, 0, 0, -1, 0, 0,
                subprog, "", 0);
    }

    /** The subprogram a {@code PTR_TO_FUNC} register names. */
    static int subprogOf(RegState.Pointer func) {
        return func.btfId();
    }

    /**
     * {@code map->ops->map_for_each_callback}: the map types {@code bpf_for_each_map_elem} walks (the hash and
     * array families).
     */
    static boolean mapHasForEach(MapType t) {
        return switch (t) {
            case HASH, ARRAY, PERCPU_HASH, PERCPU_ARRAY, LRU_HASH -> true;
            default -> false;
        };
    }

    /**
     * The callee's registers for helper {@code helperId}, from the caller's at the call; {@code vmaBtfId} is the
     * kernel's {@code vm_area_struct} (for {@code bpf_find_vma}). R0 range [0, 1] and the callback flag for all.
     */
    static void setCalleeState(int helperId, FuncState caller, FuncState callee, int vmaBtfId) {
        switch (helperId) {
            case LOOP -> {
                // callback_fn(u64 index, void *callback_ctx)
                callee.regs[1] = RegState.Scalar.unknown();
                callee.regs[2] = caller.regs[3];
            }
            case FOR_EACH_MAP_ELEM -> {
                // callback_fn(struct bpf_map *map, void *key, void *value, void *callback_ctx)
                int map = ((RegState.Pointer) caller.regs[1]).map();
                callee.regs[1] = caller.regs[1];
                callee.regs[2] = RegState.Pointer.of(RegType.PTR_TO_MAP_KEY).withMap(map);
                callee.regs[3] = RegState.Pointer.of(RegType.PTR_TO_MAP_VALUE).withMap(map);
                callee.regs[4] = caller.regs[3];
            }
            case FIND_VMA -> {
                // callback_fn(struct task_struct *task, struct vm_area_struct *vma, void *callback_ctx)
                callee.regs[1] = caller.regs[1];
                callee.regs[2] = RegState.Pointer.ofBtf(vmaBtfId, "vm_area_struct", 0);
                callee.regs[3] = caller.regs[4];
            }
            default -> throw new IllegalArgumentException("helper " + helperId + " calls no callback");
        }
        callee.inCallbackFn = true;
        callee.callbackRetMin = 0;
        callee.callbackRetMax = 1;
    }
}
