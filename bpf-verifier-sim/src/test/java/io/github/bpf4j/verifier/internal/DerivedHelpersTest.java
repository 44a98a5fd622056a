package io.github.bpf4j.verifier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bpf4j.asm.Helper;
import io.github.bpf4j.verifier.MapDef;
import io.github.bpf4j.verifier.MapType;
import io.github.bpf4j.verifier.ProgType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The prototypes derived from the Linux 6.18 table, and the map/helper pairing rules around them. */
class DerivedHelpersTest {

    private static int id(String name) {
        return Helper.ofNameOrNull(name).id();
    }

    @Test
    void aHandWrittenPrototypeIsNeverReplaced() {
        for (int id = 0; id < Helper.MAX_ID; id++) {
            Helpers.Proto hand = Helpers.proto(id);
            if (hand == null) {
                continue;
            }
            for (ProgType t : ProgType.values()) {
                assertThat(DerivedHelpers.proto(id, t)).as("helper #%d in %s", id, t).isSameAs(hand);
            }
        }
    }

    /**
     * Where the table's prototype of a hand-written helper maps onto the checker's types, both say the same: a
     * hand-written entry that drifted from the kernel's prototype would show here, not in a silent disagreement.
     */
    @Test
    void handWrittenPrototypesAgreeWithTheTableWhereBothExist() {
        List<String> differ = new ArrayList<>();
        int compared = 0;
        for (int id = 0; id < Helper.MAX_ID; id++) {
            Helpers.Proto hand = Helpers.proto(id);
            if (hand == null) {
                continue;
            }
            for (ProgType t : ProgType.values()) {
                var kernel = DerivedHelpers.kernelProto(id, t);
                Helpers.Proto derived = kernel.map(p -> DerivedHelpers.derive(p, t)).orElse(null);
                if (derived == null) {
                    continue;
                }
                compared++;
                if (derived.ret() != hand.ret() || !java.util.Arrays.equals(derived.args(), hand.args())) {
                    differ.add(Helpers.name(id) + " in " + t + ": table " + java.util.Arrays.toString(derived.args())
                            + ", hand-written " + java.util.Arrays.toString(hand.args()));
                }
            }
        }
        assertThat(compared).as("pairs compared").isGreaterThan(100);
        assertThat(differ).isEmpty();
    }

    static Stream<Arguments> derivations() {
        return Stream.of(
                Arguments.of("skb_store_bytes", ProgType.SCHED_CLS, "[PTR_TO_CTX, ANYTHING, PTR_TO_MEM_RDONLY, "
                        + "CONST_SIZE, ANYTHING]"),
                Arguments.of("csum_diff", ProgType.XDP, "[PTR_TO_MEM_OR_NULL_RDONLY, CONST_SIZE_OR_ZERO, "
                        + "PTR_TO_MEM_OR_NULL_RDONLY, CONST_SIZE_OR_ZERO, ANYTHING]"),
                Arguments.of("map_pop_elem", ProgType.SOCKET_FILTER, "[CONST_MAP_PTR, PTR_TO_UNINIT_MAP_VALUE]"),
                Arguments.of("get_netns_cookie", ProgType.SOCKET_FILTER, "[PTR_TO_CTX_OR_NULL]"),
                Arguments.of("fib_lookup", ProgType.SCHED_CLS, "[PTR_TO_CTX, PTR_TO_MEM_WRITE, CONST_SIZE, ANYTHING]"),
                Arguments.of("get_stackid", ProgType.PERF_EVENT, "[PTR_TO_CTX, CONST_MAP_PTR, ANYTHING]"),
                Arguments.of("ktime_get_boot_ns", ProgType.XDP, "[]"),
                Arguments.of("check_mtu", ProgType.XDP, "[PTR_TO_CTX, ANYTHING, PTR_TO_FIXED_SIZE_MEM, ANYTHING, "
                        + "ANYTHING]"),
                Arguments.of("tcp_raw_check_syncookie_ipv4", ProgType.XDP, "[PTR_TO_FIXED_SIZE_MEM_RDONLY, "
                        + "PTR_TO_FIXED_SIZE_MEM_RDONLY]"),
                Arguments.of("sk_cgroup_id", ProgType.CGROUP_SKB, "[BTF_ID_SOCK_COMMON]"),
                Arguments.of("get_listener_sock", ProgType.SCHED_CLS, "[PTR_TO_SOCK_COMMON]"),
                Arguments.of("read_branch_records", ProgType.PERF_EVENT, "[PTR_TO_CTX, PTR_TO_MEM_OR_NULL_WRITE, "
                        + "CONST_SIZE_OR_ZERO, ANYTHING]"),
                Arguments.of("get_local_storage", ProgType.CGROUP_SKB, "[CONST_MAP_PTR, ANYTHING]"),
                Arguments.of("skc_to_tcp_sock", ProgType.SCHED_CLS, "[BTF_ID_SOCK_COMMON]"),
                Arguments.of("strncmp", ProgType.KPROBE, "[PTR_TO_MEM_RDONLY, CONST_SIZE, PTR_TO_CONST_STR]"),
                Arguments.of("sk_storage_get", ProgType.SCHED_CLS, "[CONST_MAP_PTR, BTF_ID_SOCK_COMMON, "
                        + "PTR_TO_MAP_VALUE_OR_NULL, ANYTHING]"),
                Arguments.of("task_storage_get", ProgType.KPROBE, "[CONST_MAP_PTR, PTR_TO_BTF_ID_OR_NULL, "
                        + "PTR_TO_MAP_VALUE_OR_NULL, ANYTHING]"),
                Arguments.of("copy_from_user_task", ProgType.KPROBE, "[PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, "
                        + "ANYTHING, PTR_TO_BTF_ID, ANYTHING]"),
                // types the checker lacks (spin lock, timer, dynptr, kptr, user ring buffer); snprintf's format
                Arguments.of("spin_lock", ProgType.SCHED_CLS, null),
                Arguments.of("timer_init", ProgType.KPROBE, null),
                Arguments.of("dynptr_read", ProgType.KPROBE, null),
                Arguments.of("kptr_xchg", ProgType.KPROBE, null),
                Arguments.of("user_ringbuf_drain", ProgType.KPROBE, null),
                // an allowed callback (the attach point decides)
                Arguments.of("d_path", ProgType.TRACING, null),
                Arguments.of("snprintf", ProgType.KPROBE, null),
                // a helper the type is not offered
                Arguments.of("xdp_adjust_head", ProgType.SCHED_CLS, null));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("derivations")
    void derivesTheCheckersPrototype(String helper, ProgType type, String args) {
        Helpers.Proto p = DerivedHelpers.proto(id(helper), type);
        if (args == null) {
            assertThat(p).isNull();
        } else {
            assertThat(p).isNotNull();
            assertThat(java.util.Arrays.toString(p.args())).isEqualTo(args);
        }
    }

    @Test
    void packetPointersGoOnlyToHelpersWithPktAccess() {
        assertThat(DerivedHelpers.mayPassPacket(ProgType.SCHED_CLS, id("sk_lookup_tcp"))).isTrue();
        assertThat(DerivedHelpers.mayPassPacket(ProgType.XDP, id("csum_diff"))).isTrue();
        assertThat(DerivedHelpers.mayPassPacket(ProgType.XDP, id("perf_event_output"))).isFalse();
        assertThat(DerivedHelpers.mayPassPacket(ProgType.SCHED_CLS, id("skb_store_bytes"))).isFalse();
        // no direct packet access at all
        assertThat(DerivedHelpers.mayPassPacket(ProgType.SOCKET_FILTER, id("map_lookup_elem"))).isFalse();
    }

    @Test
    void packetChangingHelpers() {
        assertThat(DerivedHelpers.changesPktData(id("skb_pull_data"))).isTrue();
        assertThat(DerivedHelpers.changesPktData(id("xdp_adjust_tail"))).isTrue();
        assertThat(DerivedHelpers.changesPktData(id("tail_call"))).isFalse();
        assertThat(DerivedHelpers.changesPktData(id("skb_load_bytes"))).isFalse();
    }

    @Test
    void aSleepingHelperIsRefusedBeforeItsArguments() {
        assertThat(DerivedHelpers.callRefusal(id("copy_from_user"), ProgType.KPROBE))
                .isEqualTo("helper call might sleep in a non-sleepable prog");
        assertThat(DerivedHelpers.callRefusal(id("probe_read_user"), ProgType.KPROBE)).isNull();
    }

    static Stream<Arguments> pairings() {
        return Stream.of(
                Arguments.of(MapType.STACK_TRACE, "get_stackid", ProgType.PERF_EVENT, null),
                Arguments.of(MapType.HASH, "get_stackid", ProgType.PERF_EVENT,
                        "cannot pass map_type 1 into func bpf_get_stackid#27"),
                Arguments.of(MapType.STACK_TRACE, "map_lookup_elem", ProgType.KPROBE,
                        "cannot pass map_type 7 into func bpf_map_lookup_elem#1"),
                Arguments.of(MapType.CPUMAP, "redirect_map", ProgType.XDP, null),
                Arguments.of(MapType.ARRAY, "redirect_map", ProgType.XDP,
                        "cannot pass map_type 2 into func bpf_redirect_map#51"),
                Arguments.of(MapType.BLOOM_FILTER, "map_pop_elem", ProgType.XDP,
                        "cannot pass map_type 30 into func bpf_map_pop_elem#88"),
                Arguments.of(MapType.BLOOM_FILTER, "map_peek_elem", ProgType.XDP, null),
                Arguments.of(MapType.SOCKMAP, "map_delete_elem", ProgType.SCHED_CLS, null),
                Arguments.of(MapType.SOCKMAP, "map_delete_elem", ProgType.KPROBE,
                        "cannot update sockmap in this context\ncannot pass map_type 15 into func "
                                + "bpf_map_delete_elem#3"),
                Arguments.of(MapType.SOCKHASH, "ringbuf_query", ProgType.SCHED_CLS,
                        "cannot pass map_type 18 into func bpf_ringbuf_query#134"),
                Arguments.of(MapType.ARRAY, "map_lookup_percpu_elem", ProgType.KPROBE,
                        "cannot pass map_type 2 into func bpf_map_lookup_percpu_elem#195"),
                Arguments.of(MapType.CGROUP_ARRAY, "current_task_under_cgroup", ProgType.KPROBE, null),
                Arguments.of(MapType.HASH, "cgrp_storage_delete", ProgType.KPROBE,
                        "cannot pass map_type 1 into func bpf_cgrp_storage_delete#211"));
    }

    @ParameterizedTest(name = "{0} to {1} in {2}")
    @MethodSource("pairings")
    void checkMapFuncCompatibility(MapType map, String helper, ProgType type, String message) {
        assertThat(MapFuncCompat.check(map, id(helper), type)).isEqualTo(message);
    }

    @Test
    void programsMayNotChangeReadOnlyOrDeviceMaps() {
        MapDef rdonly = new MapDef(MapType.HASH, 4, 8, 16, MapDef.F_RDONLY_PROG);
        assertThat(MapFuncCompat.recordFuncMap(rdonly, id("map_update_elem"))).isEqualTo("write into map forbidden");
        assertThat(MapFuncCompat.recordFuncMap(rdonly, id("map_lookup_elem"))).isNull();
        MapDef devmap = new MapDef(MapType.DEVMAP, 4, 4, 4, 0);
        assertThat(MapFuncCompat.recordFuncMap(devmap, id("map_delete_elem"))).isEqualTo("write into map forbidden");
        assertThat(MapFuncCompat.simulated(MapType.DEVMAP, id("map_lookup_elem"))).isFalse();
        assertThat(MapFuncCompat.simulated(MapType.SOCKMAP, id("map_delete_elem"))).isTrue();
    }

    @Test
    void getFuncIpOnlyInKprobes() {
        assertThat(MapFuncCompat.checkGetFuncIp(ProgType.KPROBE)).isNull();
        assertThat(MapFuncCompat.checkGetFuncIp(ProgType.TRACEPOINT))
                .isEqualTo("func bpf_get_func_ip#173 not supported for program type 5");
    }
}
