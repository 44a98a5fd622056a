package io.github.bpf4j.verifier.internal.protos;

import io.github.bpf4j.asm.Helper;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every {@code struct bpf_func_proto} a program type of {@link ProgTypeName} can reach in Linux 6.18, as data.
 *
 * <p>Sources read: torvalds/linux kernel/bpf/helpers.c at 00a5acdbf39816ad23b8db3255c366bbc77e69af (the version
 * the code search holds, 6.13-era: it already has MEM_WRITE / MEM_ALIGNED and no ARG_PTR_TO_LONG), with the
 * prototypes of kernel/trace/bpf_trace.c, net/core/filter.c, kernel/bpf/ringbuf.c, stackmap.c, cgroup.c,
 * bpf_task_storage.c, bpf_cgrp_storage.c, net/core/bpf_sk_storage.c and sock_map.c of the same era. Facts, not code:
 * one line per prototype,
 * <pre>
 *   symbol helper RET(ARG1, ARG2, ...) [gpl] [sleep] [pkt] [allowed]
 * </pre>
 * where a type is a base of {@link ArgType} / {@link RetType} or one of the kernel's composite names
 * ({@code PTR_TO_UNINIT_MEM}, {@code PTR_TO_MAP_VALUE_OR_NULL}, ...), followed by {@code |FLAG}s, an optional
 * {@code <btf type name>} ({@code <?>} = decided per call, BPF_PTR_POISON) and an optional {@code [size]} for
 * fixed-size memory. The live kernel checks gpl_only, might_sleep, allowed and the first argument of every
 * prototype reachable from a probed type (HelperProtosTest against testdata/verifier/helpers/matrix.txt).
 *
 * <p>6.18.y (this kernel is 6.18.44) carries the late-2025 access-type fixes ("bpf: Fix verifier assumptions of
 * bpf_d_path's output buffer", "Specify access type of bpf_sysctl_get_name args", and the series that gave MEM_WRITE
 * to snprintf, snprintf_btf, read_branch_records, fib_lookup and get_stack for raw_tp, and MEM_RDONLY to
 * kallsyms_lookup_name and the tcp_raw_* syncookie helpers): the live kernel refuses a read-only map value for
 * exactly those writes (matrix.txt "write" lines), so the table spells the fixed prototypes.
 */
final class ProtoTable {

    private ProtoTable() {
    }

    private static final String TABLE = """
        bpf_map_lookup_elem_proto map_lookup_elem PTR_TO_MAP_VALUE_OR_NULL(CONST_MAP_PTR, PTR_TO_MAP_KEY) pkt
        bpf_map_update_elem_proto map_update_elem INTEGER(CONST_MAP_PTR, PTR_TO_MAP_KEY, PTR_TO_MAP_VALUE, ANYTHING) pkt
        bpf_map_delete_elem_proto map_delete_elem INTEGER(CONST_MAP_PTR, PTR_TO_MAP_KEY) pkt
        bpf_probe_read_compat_proto probe_read INTEGER(PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING) gpl
        bpf_ktime_get_ns_proto ktime_get_ns INTEGER()
        bpf_trace_printk_proto trace_printk INTEGER(PTR_TO_MEM|MEM_RDONLY, CONST_SIZE) gpl
        bpf_get_prandom_u32_proto get_prandom_u32 INTEGER()
        bpf_get_raw_smp_processor_id_proto get_smp_processor_id INTEGER()
        bpf_get_smp_processor_id_proto get_smp_processor_id INTEGER()
        bpf_skb_store_bytes_proto skb_store_bytes INTEGER(PTR_TO_CTX, ANYTHING, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, ANYTHING)
        bpf_l3_csum_replace_proto l3_csum_replace INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING, ANYTHING, ANYTHING)
        bpf_l4_csum_replace_proto l4_csum_replace INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING, ANYTHING, ANYTHING)
        bpf_tail_call_proto tail_call VOID(PTR_TO_CTX, CONST_MAP_PTR, ANYTHING)
        bpf_clone_redirect_proto clone_redirect INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING)
        bpf_get_current_pid_tgid_proto get_current_pid_tgid INTEGER()
        bpf_get_current_uid_gid_proto get_current_uid_gid INTEGER()
        bpf_get_current_comm_proto get_current_comm INTEGER(PTR_TO_UNINIT_MEM, CONST_SIZE)
        bpf_get_cgroup_classid_curr_proto get_cgroup_classid INTEGER()
        bpf_get_cgroup_classid_proto get_cgroup_classid INTEGER(PTR_TO_CTX)
        bpf_skb_vlan_push_proto skb_vlan_push INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING)
        bpf_skb_vlan_pop_proto skb_vlan_pop INTEGER(PTR_TO_CTX)
        bpf_skb_get_tunnel_key_proto skb_get_tunnel_key INTEGER(PTR_TO_CTX, PTR_TO_UNINIT_MEM, CONST_SIZE, ANYTHING)
        bpf_skb_set_tunnel_key_proto skb_set_tunnel_key INTEGER(PTR_TO_CTX, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, ANYTHING)
        bpf_perf_event_read_proto perf_event_read INTEGER(CONST_MAP_PTR, ANYTHING) gpl
        bpf_redirect_proto redirect INTEGER(ANYTHING, ANYTHING)
        bpf_xdp_redirect_proto redirect INTEGER(ANYTHING, ANYTHING)
        bpf_get_route_realm_proto get_route_realm INTEGER(PTR_TO_CTX)
        bpf_perf_event_output_proto perf_event_output INTEGER(PTR_TO_CTX, CONST_MAP_PTR, ANYTHING, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE_OR_ZERO) gpl
        bpf_perf_event_output_proto_tp perf_event_output INTEGER(PTR_TO_CTX, CONST_MAP_PTR, ANYTHING, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE_OR_ZERO) gpl
        bpf_perf_event_output_proto_raw_tp perf_event_output INTEGER(PTR_TO_CTX, CONST_MAP_PTR, ANYTHING, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE_OR_ZERO) gpl
        bpf_skb_event_output_proto perf_event_output INTEGER(PTR_TO_CTX, CONST_MAP_PTR, ANYTHING, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE_OR_ZERO) gpl
        bpf_xdp_event_output_proto perf_event_output INTEGER(PTR_TO_CTX, CONST_MAP_PTR, ANYTHING, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE_OR_ZERO) gpl
        bpf_event_output_data_proto perf_event_output INTEGER(PTR_TO_CTX, CONST_MAP_PTR, ANYTHING, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE_OR_ZERO) gpl
        bpf_skb_load_bytes_proto skb_load_bytes INTEGER(PTR_TO_CTX, ANYTHING, PTR_TO_UNINIT_MEM, CONST_SIZE)
        bpf_flow_dissector_load_bytes_proto skb_load_bytes INTEGER(PTR_TO_CTX, ANYTHING, PTR_TO_UNINIT_MEM, CONST_SIZE)
        sk_reuseport_load_bytes_proto skb_load_bytes INTEGER(PTR_TO_CTX, ANYTHING, PTR_TO_UNINIT_MEM, CONST_SIZE)
        bpf_get_stackid_proto get_stackid INTEGER(PTR_TO_CTX, CONST_MAP_PTR, ANYTHING) gpl
        bpf_get_stackid_proto_tp get_stackid INTEGER(PTR_TO_CTX, CONST_MAP_PTR, ANYTHING) gpl
        bpf_get_stackid_proto_pe get_stackid INTEGER(PTR_TO_CTX, CONST_MAP_PTR, ANYTHING)
        bpf_get_stackid_proto_raw_tp get_stackid INTEGER(PTR_TO_CTX, CONST_MAP_PTR, ANYTHING) gpl
        bpf_csum_diff_proto csum_diff INTEGER(PTR_TO_MEM|PTR_MAYBE_NULL|MEM_RDONLY, CONST_SIZE_OR_ZERO, PTR_TO_MEM|PTR_MAYBE_NULL|MEM_RDONLY, CONST_SIZE_OR_ZERO, ANYTHING) pkt
        bpf_skb_get_tunnel_opt_proto skb_get_tunnel_opt INTEGER(PTR_TO_CTX, PTR_TO_UNINIT_MEM, CONST_SIZE)
        bpf_skb_set_tunnel_opt_proto skb_set_tunnel_opt INTEGER(PTR_TO_CTX, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE)
        bpf_skb_change_proto_proto skb_change_proto INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING)
        bpf_skb_change_type_proto skb_change_type INTEGER(PTR_TO_CTX, ANYTHING)
        bpf_skb_under_cgroup_proto skb_under_cgroup INTEGER(PTR_TO_CTX, CONST_MAP_PTR, ANYTHING)
        bpf_get_hash_recalc_proto get_hash_recalc INTEGER(PTR_TO_CTX)
        bpf_get_current_task_proto get_current_task INTEGER() gpl
        bpf_probe_write_user_proto probe_write_user INTEGER(ANYTHING, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE) gpl
        bpf_current_task_under_cgroup_proto current_task_under_cgroup INTEGER(CONST_MAP_PTR, ANYTHING)
        bpf_skb_change_tail_proto skb_change_tail INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING)
        sk_skb_change_tail_proto skb_change_tail INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING)
        bpf_skb_pull_data_proto skb_pull_data INTEGER(PTR_TO_CTX, ANYTHING)
        sk_skb_pull_data_proto skb_pull_data INTEGER(PTR_TO_CTX, ANYTHING)
        bpf_csum_update_proto csum_update INTEGER(PTR_TO_CTX, ANYTHING)
        bpf_set_hash_invalid_proto set_hash_invalid INTEGER(PTR_TO_CTX)
        bpf_get_numa_node_id_proto get_numa_node_id INTEGER()
        bpf_skb_change_head_proto skb_change_head INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING)
        sk_skb_change_head_proto skb_change_head INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING)
        bpf_xdp_adjust_head_proto xdp_adjust_head INTEGER(PTR_TO_CTX, ANYTHING)
        bpf_probe_read_compat_str_proto probe_read_str INTEGER(PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING) gpl
        bpf_get_socket_cookie_proto get_socket_cookie INTEGER(PTR_TO_CTX)
        bpf_get_socket_cookie_sock_addr_proto get_socket_cookie INTEGER(PTR_TO_CTX)
        bpf_get_socket_cookie_sock_proto get_socket_cookie INTEGER(PTR_TO_CTX)
        bpf_get_socket_cookie_sock_ops_proto get_socket_cookie INTEGER(PTR_TO_CTX)
        bpf_get_socket_ptr_cookie_proto get_socket_cookie INTEGER(PTR_TO_BTF_ID_SOCK_COMMON|PTR_MAYBE_NULL)
        bpf_get_socket_uid_proto get_socket_uid INTEGER(PTR_TO_CTX)
        bpf_set_hash_proto set_hash INTEGER(PTR_TO_CTX, ANYTHING)
        bpf_sock_ops_setsockopt_proto setsockopt INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE)
        bpf_sock_addr_setsockopt_proto setsockopt INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE)
        bpf_skb_adjust_room_proto skb_adjust_room INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING, ANYTHING)
        sk_skb_adjust_room_proto skb_adjust_room INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING, ANYTHING)
        bpf_xdp_redirect_map_proto redirect_map INTEGER(CONST_MAP_PTR, ANYTHING, ANYTHING)
        bpf_sk_redirect_map_proto sk_redirect_map INTEGER(PTR_TO_CTX, CONST_MAP_PTR, ANYTHING, ANYTHING)
        bpf_sock_map_update_proto sock_map_update INTEGER(PTR_TO_CTX, CONST_MAP_PTR, PTR_TO_MAP_KEY, ANYTHING) pkt
        bpf_xdp_adjust_meta_proto xdp_adjust_meta INTEGER(PTR_TO_CTX, ANYTHING)
        bpf_perf_event_read_value_proto perf_event_read_value INTEGER(CONST_MAP_PTR, ANYTHING, PTR_TO_UNINIT_MEM, CONST_SIZE) gpl
        bpf_perf_prog_read_value_proto perf_prog_read_value INTEGER(PTR_TO_CTX, PTR_TO_UNINIT_MEM, CONST_SIZE) gpl
        bpf_sock_ops_getsockopt_proto getsockopt INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING, PTR_TO_UNINIT_MEM, CONST_SIZE)
        bpf_sock_addr_getsockopt_proto getsockopt INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING, PTR_TO_UNINIT_MEM, CONST_SIZE)
        bpf_sock_ops_cb_flags_set_proto sock_ops_cb_flags_set INTEGER(PTR_TO_CTX, ANYTHING)
        bpf_msg_redirect_map_proto msg_redirect_map INTEGER(PTR_TO_CTX, CONST_MAP_PTR, ANYTHING, ANYTHING)
        bpf_msg_apply_bytes_proto msg_apply_bytes INTEGER(PTR_TO_CTX, ANYTHING)
        bpf_msg_cork_bytes_proto msg_cork_bytes INTEGER(PTR_TO_CTX, ANYTHING)
        bpf_msg_pull_data_proto msg_pull_data INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING, ANYTHING)
        bpf_bind_proto bind INTEGER(PTR_TO_CTX, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE)
        bpf_xdp_adjust_tail_proto xdp_adjust_tail INTEGER(PTR_TO_CTX, ANYTHING)
        bpf_skb_get_xfrm_state_proto skb_get_xfrm_state INTEGER(PTR_TO_CTX, ANYTHING, PTR_TO_UNINIT_MEM, CONST_SIZE, ANYTHING)
        bpf_get_stack_proto get_stack INTEGER(PTR_TO_CTX, PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING) gpl
        bpf_get_stack_proto_tp get_stack INTEGER(PTR_TO_CTX, PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING) gpl
        bpf_get_stack_proto_pe get_stack INTEGER(PTR_TO_CTX, PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING) gpl
        bpf_get_stack_proto_raw_tp get_stack INTEGER(PTR_TO_CTX, PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING) gpl
        bpf_skb_load_bytes_relative_proto skb_load_bytes_relative INTEGER(PTR_TO_CTX, ANYTHING, PTR_TO_UNINIT_MEM, CONST_SIZE, ANYTHING)
        sk_reuseport_load_bytes_relative_proto skb_load_bytes_relative INTEGER(PTR_TO_CTX, ANYTHING, PTR_TO_UNINIT_MEM, CONST_SIZE, ANYTHING)
        bpf_skb_fib_lookup_proto fib_lookup INTEGER(PTR_TO_CTX, PTR_TO_MEM|MEM_WRITE, CONST_SIZE, ANYTHING) gpl
        bpf_xdp_fib_lookup_proto fib_lookup INTEGER(PTR_TO_CTX, PTR_TO_MEM|MEM_WRITE, CONST_SIZE, ANYTHING) gpl
        bpf_sock_hash_update_proto sock_hash_update INTEGER(PTR_TO_CTX, CONST_MAP_PTR, PTR_TO_MAP_KEY, ANYTHING) pkt
        bpf_msg_redirect_hash_proto msg_redirect_hash INTEGER(PTR_TO_CTX, CONST_MAP_PTR, PTR_TO_MAP_KEY, ANYTHING)
        bpf_sk_redirect_hash_proto sk_redirect_hash INTEGER(PTR_TO_CTX, CONST_MAP_PTR, PTR_TO_MAP_KEY, ANYTHING)
        bpf_lwt_in_push_encap_proto lwt_push_encap INTEGER(PTR_TO_CTX, ANYTHING, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE)
        bpf_lwt_xmit_push_encap_proto lwt_push_encap INTEGER(PTR_TO_CTX, ANYTHING, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE)
        bpf_lwt_seg6_store_bytes_proto lwt_seg6_store_bytes INTEGER(PTR_TO_CTX, ANYTHING, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE)
        bpf_lwt_seg6_adjust_srh_proto lwt_seg6_adjust_srh INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING)
        bpf_lwt_seg6_action_proto lwt_seg6_action INTEGER(PTR_TO_CTX, ANYTHING, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE)
        bpf_skb_cgroup_id_proto skb_cgroup_id INTEGER(PTR_TO_CTX)
        bpf_get_current_cgroup_id_proto get_current_cgroup_id INTEGER()
        bpf_get_local_storage_proto get_local_storage PTR_TO_MAP_VALUE(CONST_MAP_PTR, ANYTHING)
        sk_select_reuseport_proto sk_select_reuseport INTEGER(PTR_TO_CTX, CONST_MAP_PTR, PTR_TO_MAP_KEY, ANYTHING)
        bpf_skb_ancestor_cgroup_id_proto skb_ancestor_cgroup_id INTEGER(PTR_TO_CTX, ANYTHING)
        bpf_skb_sk_lookup_tcp_proto sk_lookup_tcp PTR_TO_SOCKET_OR_NULL(PTR_TO_CTX, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, ANYTHING, ANYTHING) pkt
        bpf_xdp_sk_lookup_tcp_proto sk_lookup_tcp PTR_TO_SOCKET_OR_NULL(PTR_TO_CTX, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, ANYTHING, ANYTHING) pkt
        bpf_sock_addr_sk_lookup_tcp_proto sk_lookup_tcp PTR_TO_SOCKET_OR_NULL(PTR_TO_CTX, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, ANYTHING, ANYTHING)
        bpf_skb_sk_lookup_udp_proto sk_lookup_udp PTR_TO_SOCKET_OR_NULL(PTR_TO_CTX, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, ANYTHING, ANYTHING) pkt
        bpf_xdp_sk_lookup_udp_proto sk_lookup_udp PTR_TO_SOCKET_OR_NULL(PTR_TO_CTX, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, ANYTHING, ANYTHING) pkt
        bpf_sock_addr_sk_lookup_udp_proto sk_lookup_udp PTR_TO_SOCKET_OR_NULL(PTR_TO_CTX, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, ANYTHING, ANYTHING)
        bpf_sk_release_proto sk_release INTEGER(PTR_TO_BTF_ID_SOCK_COMMON|OBJ_RELEASE)
        bpf_map_push_elem_proto map_push_elem INTEGER(CONST_MAP_PTR, PTR_TO_MAP_VALUE, ANYTHING) pkt
        bpf_map_pop_elem_proto map_pop_elem INTEGER(CONST_MAP_PTR, PTR_TO_MAP_VALUE|MEM_UNINIT|MEM_WRITE)
        bpf_map_peek_elem_proto map_peek_elem INTEGER(CONST_MAP_PTR, PTR_TO_MAP_VALUE|MEM_UNINIT|MEM_WRITE)
        bpf_msg_push_data_proto msg_push_data INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING, ANYTHING)
        bpf_msg_pop_data_proto msg_pop_data INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING, ANYTHING)
        bpf_spin_lock_proto spin_lock VOID(PTR_TO_SPIN_LOCK<?>)
        bpf_spin_unlock_proto spin_unlock VOID(PTR_TO_SPIN_LOCK<?>)
        bpf_sk_fullsock_proto sk_fullsock PTR_TO_SOCKET_OR_NULL(PTR_TO_SOCK_COMMON)
        bpf_tcp_sock_proto tcp_sock PTR_TO_TCP_SOCK_OR_NULL(PTR_TO_SOCK_COMMON)
        bpf_skb_ecn_set_ce_proto skb_ecn_set_ce INTEGER(PTR_TO_CTX)
        bpf_get_listener_sock_proto get_listener_sock PTR_TO_SOCKET_OR_NULL(PTR_TO_SOCK_COMMON)
        bpf_skc_lookup_tcp_proto skc_lookup_tcp PTR_TO_SOCK_COMMON_OR_NULL(PTR_TO_CTX, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, ANYTHING, ANYTHING) pkt
        bpf_xdp_skc_lookup_tcp_proto skc_lookup_tcp PTR_TO_SOCK_COMMON_OR_NULL(PTR_TO_CTX, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, ANYTHING, ANYTHING) pkt
        bpf_sock_addr_skc_lookup_tcp_proto skc_lookup_tcp PTR_TO_SOCK_COMMON_OR_NULL(PTR_TO_CTX, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, ANYTHING, ANYTHING)
        bpf_tcp_check_syncookie_proto tcp_check_syncookie INTEGER(PTR_TO_BTF_ID_SOCK_COMMON, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE) gpl pkt
        bpf_sysctl_get_name_proto sysctl_get_name INTEGER(PTR_TO_CTX, PTR_TO_MEM|MEM_WRITE, CONST_SIZE, ANYTHING)
        bpf_sysctl_get_current_value_proto sysctl_get_current_value INTEGER(PTR_TO_CTX, PTR_TO_UNINIT_MEM, CONST_SIZE)
        bpf_sysctl_get_new_value_proto sysctl_get_new_value INTEGER(PTR_TO_CTX, PTR_TO_UNINIT_MEM, CONST_SIZE)
        bpf_sysctl_set_new_value_proto sysctl_set_new_value INTEGER(PTR_TO_CTX, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE)
        bpf_strtol_proto strtol INTEGER(PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, ANYTHING, PTR_TO_FIXED_SIZE_MEM|MEM_UNINIT|MEM_WRITE|MEM_ALIGNED[8])
        bpf_strtoul_proto strtoul INTEGER(PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, ANYTHING, PTR_TO_FIXED_SIZE_MEM|MEM_UNINIT|MEM_WRITE|MEM_ALIGNED[8])
        bpf_sk_storage_get_proto sk_storage_get PTR_TO_MAP_VALUE_OR_NULL(CONST_MAP_PTR, PTR_TO_BTF_ID_SOCK_COMMON, PTR_TO_MAP_VALUE_OR_NULL, ANYTHING)
        bpf_sk_storage_get_cg_sock_proto sk_storage_get PTR_TO_MAP_VALUE_OR_NULL(CONST_MAP_PTR, PTR_TO_CTX, PTR_TO_MAP_VALUE_OR_NULL, ANYTHING)
        bpf_sk_storage_get_tracing_proto sk_storage_get PTR_TO_MAP_VALUE_OR_NULL(CONST_MAP_PTR, PTR_TO_BTF_ID_OR_NULL<sock_common>, PTR_TO_MAP_VALUE_OR_NULL, ANYTHING) allowed
        bpf_sk_storage_delete_proto sk_storage_delete INTEGER(CONST_MAP_PTR, PTR_TO_BTF_ID_SOCK_COMMON)
        bpf_sk_storage_delete_tracing_proto sk_storage_delete INTEGER(CONST_MAP_PTR, PTR_TO_BTF_ID_OR_NULL<sock_common>) allowed
        bpf_send_signal_proto send_signal INTEGER(ANYTHING)
        bpf_tcp_gen_syncookie_proto tcp_gen_syncookie INTEGER(PTR_TO_BTF_ID_SOCK_COMMON, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE) gpl pkt
        bpf_skb_output_proto skb_output INTEGER(PTR_TO_BTF_ID<sk_buff>, CONST_MAP_PTR, ANYTHING, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE_OR_ZERO) gpl
        bpf_probe_read_user_proto probe_read_user INTEGER(PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING) gpl
        bpf_probe_read_kernel_proto probe_read_kernel INTEGER(PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING) gpl
        bpf_probe_read_user_str_proto probe_read_user_str INTEGER(PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING) gpl
        bpf_probe_read_kernel_str_proto probe_read_kernel_str INTEGER(PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING) gpl
        bpf_send_signal_thread_proto send_signal_thread INTEGER(ANYTHING)
        bpf_jiffies64_proto jiffies64 INTEGER()
        bpf_read_branch_records_proto read_branch_records INTEGER(PTR_TO_CTX, PTR_TO_MEM_OR_NULL|MEM_WRITE, CONST_SIZE_OR_ZERO, ANYTHING) gpl
        bpf_get_ns_current_pid_tgid_proto get_ns_current_pid_tgid INTEGER(ANYTHING, ANYTHING, PTR_TO_UNINIT_MEM, CONST_SIZE)
        bpf_xdp_output_proto xdp_output INTEGER(PTR_TO_BTF_ID<xdp_buff>, CONST_MAP_PTR, ANYTHING, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE_OR_ZERO) gpl
        bpf_get_netns_cookie_proto get_netns_cookie INTEGER(PTR_TO_CTX_OR_NULL)
        bpf_get_netns_cookie_sock_proto get_netns_cookie INTEGER(PTR_TO_CTX_OR_NULL)
        bpf_get_netns_cookie_sock_addr_proto get_netns_cookie INTEGER(PTR_TO_CTX_OR_NULL)
        bpf_get_netns_cookie_sock_ops_proto get_netns_cookie INTEGER(PTR_TO_CTX_OR_NULL)
        bpf_get_netns_cookie_sk_msg_proto get_netns_cookie INTEGER(PTR_TO_CTX_OR_NULL)
        bpf_get_netns_cookie_sockopt_proto get_netns_cookie INTEGER(PTR_TO_CTX_OR_NULL)
        bpf_get_current_ancestor_cgroup_id_proto get_current_ancestor_cgroup_id INTEGER(ANYTHING)
        bpf_sk_assign_proto sk_assign INTEGER(PTR_TO_CTX, PTR_TO_BTF_ID_SOCK_COMMON, ANYTHING)
        bpf_sk_lookup_assign_proto sk_assign INTEGER(PTR_TO_CTX, PTR_TO_SOCKET_OR_NULL, ANYTHING)
        bpf_ktime_get_boot_ns_proto ktime_get_boot_ns INTEGER()
        bpf_sk_cgroup_id_proto sk_cgroup_id INTEGER(PTR_TO_BTF_ID_SOCK_COMMON)
        bpf_sk_ancestor_cgroup_id_proto sk_ancestor_cgroup_id INTEGER(PTR_TO_BTF_ID_SOCK_COMMON, ANYTHING)
        bpf_ringbuf_output_proto ringbuf_output INTEGER(CONST_MAP_PTR, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE_OR_ZERO, ANYTHING)
        bpf_ringbuf_reserve_proto ringbuf_reserve PTR_TO_RINGBUF_MEM_OR_NULL(CONST_MAP_PTR, CONST_ALLOC_SIZE_OR_ZERO, ANYTHING)
        bpf_ringbuf_submit_proto ringbuf_submit VOID(PTR_TO_RINGBUF_MEM|OBJ_RELEASE, ANYTHING)
        bpf_ringbuf_discard_proto ringbuf_discard VOID(PTR_TO_RINGBUF_MEM|OBJ_RELEASE, ANYTHING)
        bpf_ringbuf_query_proto ringbuf_query INTEGER(CONST_MAP_PTR, ANYTHING)
        bpf_csum_level_proto csum_level INTEGER(PTR_TO_CTX, ANYTHING)
        bpf_skc_to_tcp6_sock_proto skc_to_tcp6_sock PTR_TO_BTF_ID_OR_NULL<tcp6_sock>(PTR_TO_BTF_ID_SOCK_COMMON)
        bpf_skc_to_tcp_sock_proto skc_to_tcp_sock PTR_TO_BTF_ID_OR_NULL<tcp_sock>(PTR_TO_BTF_ID_SOCK_COMMON)
        bpf_skc_to_tcp_timewait_sock_proto skc_to_tcp_timewait_sock PTR_TO_BTF_ID_OR_NULL<tcp_timewait_sock>(PTR_TO_BTF_ID_SOCK_COMMON)
        bpf_skc_to_tcp_request_sock_proto skc_to_tcp_request_sock PTR_TO_BTF_ID_OR_NULL<tcp_request_sock>(PTR_TO_BTF_ID_SOCK_COMMON)
        bpf_skc_to_udp6_sock_proto skc_to_udp6_sock PTR_TO_BTF_ID_OR_NULL<udp6_sock>(PTR_TO_BTF_ID_SOCK_COMMON)
        bpf_get_task_stack_proto get_task_stack INTEGER(PTR_TO_BTF_ID<task_struct>, PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING)
        bpf_sock_ops_load_hdr_opt_proto load_hdr_opt INTEGER(PTR_TO_CTX, PTR_TO_MEM|MEM_WRITE, CONST_SIZE, ANYTHING)
        bpf_sock_ops_store_hdr_opt_proto store_hdr_opt INTEGER(PTR_TO_CTX, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, ANYTHING)
        bpf_sock_ops_reserve_hdr_opt_proto reserve_hdr_opt INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING)
        bpf_d_path_proto d_path INTEGER(PTR_TO_BTF_ID<path>, PTR_TO_MEM|MEM_WRITE, CONST_SIZE_OR_ZERO) allowed
        bpf_copy_from_user_proto copy_from_user INTEGER(PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING) sleep
        bpf_snprintf_btf_proto snprintf_btf INTEGER(PTR_TO_MEM|MEM_WRITE, CONST_SIZE, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, ANYTHING)
        bpf_skb_cgroup_classid_proto skb_cgroup_classid INTEGER(PTR_TO_CTX)
        bpf_redirect_neigh_proto redirect_neigh INTEGER(ANYTHING, PTR_TO_MEM|PTR_MAYBE_NULL|MEM_RDONLY, CONST_SIZE_OR_ZERO, ANYTHING)
        bpf_per_cpu_ptr_proto per_cpu_ptr PTR_TO_MEM_OR_BTF_ID|PTR_MAYBE_NULL|MEM_RDONLY(PTR_TO_PERCPU_BTF_ID, ANYTHING)
        bpf_this_cpu_ptr_proto this_cpu_ptr PTR_TO_MEM_OR_BTF_ID|MEM_RDONLY(PTR_TO_PERCPU_BTF_ID)
        bpf_redirect_peer_proto redirect_peer INTEGER(ANYTHING, ANYTHING)
        bpf_task_storage_get_proto task_storage_get PTR_TO_MAP_VALUE_OR_NULL(CONST_MAP_PTR, PTR_TO_BTF_ID_OR_NULL<task_struct>, PTR_TO_MAP_VALUE_OR_NULL, ANYTHING)
        bpf_task_storage_delete_proto task_storage_delete INTEGER(CONST_MAP_PTR, PTR_TO_BTF_ID_OR_NULL<task_struct>)
        bpf_get_current_task_btf_proto get_current_task_btf PTR_TO_BTF_ID_TRUSTED<task_struct>() gpl
        bpf_ktime_get_coarse_ns_proto ktime_get_coarse_ns INTEGER()
        bpf_sock_from_file_proto sock_from_file PTR_TO_BTF_ID_OR_NULL<socket>(PTR_TO_BTF_ID<file>)
        bpf_skb_check_mtu_proto check_mtu INTEGER(PTR_TO_CTX, ANYTHING, PTR_TO_FIXED_SIZE_MEM|MEM_WRITE|MEM_ALIGNED[4], ANYTHING, ANYTHING) gpl
        bpf_xdp_check_mtu_proto check_mtu INTEGER(PTR_TO_CTX, ANYTHING, PTR_TO_FIXED_SIZE_MEM|MEM_WRITE|MEM_ALIGNED[4], ANYTHING, ANYTHING) gpl
        bpf_for_each_map_elem_proto for_each_map_elem INTEGER(CONST_MAP_PTR, PTR_TO_FUNC, PTR_TO_STACK_OR_NULL, ANYTHING)
        bpf_snprintf_proto snprintf INTEGER(PTR_TO_MEM_OR_NULL|MEM_WRITE, CONST_SIZE_OR_ZERO, PTR_TO_CONST_STR, PTR_TO_MEM|PTR_MAYBE_NULL|MEM_RDONLY, CONST_SIZE_OR_ZERO) gpl
        bpf_sys_bpf_proto sys_bpf INTEGER(ANYTHING, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE)
        bpf_btf_find_by_name_kind_proto btf_find_by_name_kind INTEGER(PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, ANYTHING, ANYTHING)
        bpf_sys_close_proto sys_close INTEGER(ANYTHING)
        bpf_timer_init_proto timer_init INTEGER(PTR_TO_TIMER, CONST_MAP_PTR, ANYTHING) gpl
        bpf_timer_set_callback_proto timer_set_callback INTEGER(PTR_TO_TIMER, PTR_TO_FUNC) gpl
        bpf_timer_start_proto timer_start INTEGER(PTR_TO_TIMER, ANYTHING, ANYTHING) gpl
        bpf_timer_cancel_proto timer_cancel INTEGER(PTR_TO_TIMER) gpl
        bpf_get_func_ip_proto_tracing get_func_ip INTEGER(PTR_TO_CTX) gpl
        bpf_get_func_ip_proto_kprobe get_func_ip INTEGER(PTR_TO_CTX) gpl
        bpf_get_attach_cookie_proto_trace get_attach_cookie INTEGER(PTR_TO_CTX)
        bpf_get_attach_cookie_proto_pe get_attach_cookie INTEGER(PTR_TO_CTX)
        bpf_get_attach_cookie_proto_tracing get_attach_cookie INTEGER(PTR_TO_CTX)
        bpf_task_pt_regs_proto task_pt_regs PTR_TO_BTF_ID<pt_regs>(PTR_TO_BTF_ID<task_struct>) gpl
        bpf_get_branch_snapshot_proto get_branch_snapshot INTEGER(PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO) gpl
        bpf_trace_vprintk_proto trace_vprintk INTEGER(PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, PTR_TO_MEM|PTR_MAYBE_NULL|MEM_RDONLY, CONST_SIZE_OR_ZERO) gpl
        bpf_skc_to_unix_sock_proto skc_to_unix_sock PTR_TO_BTF_ID_OR_NULL<unix_sock>(PTR_TO_BTF_ID_SOCK_COMMON)
        bpf_kallsyms_lookup_name_proto kallsyms_lookup_name INTEGER(PTR_TO_MEM|MEM_RDONLY, CONST_SIZE_OR_ZERO, ANYTHING, PTR_TO_FIXED_SIZE_MEM|MEM_UNINIT|MEM_WRITE|MEM_ALIGNED[8])
        bpf_find_vma_proto find_vma INTEGER(PTR_TO_BTF_ID<task_struct>, ANYTHING, PTR_TO_FUNC, PTR_TO_STACK_OR_NULL, ANYTHING)
        bpf_loop_proto loop INTEGER(ANYTHING, PTR_TO_FUNC, PTR_TO_STACK_OR_NULL, ANYTHING)
        bpf_strncmp_proto strncmp INTEGER(PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, PTR_TO_CONST_STR)
        bpf_get_retval_proto get_retval INTEGER()
        bpf_set_retval_proto set_retval INTEGER(ANYTHING)
        bpf_xdp_get_buff_len_proto xdp_get_buff_len INTEGER(PTR_TO_CTX)
        bpf_xdp_get_buff_len_trace_proto xdp_get_buff_len INTEGER(PTR_TO_BTF_ID<xdp_buff>)
        bpf_xdp_load_bytes_proto xdp_load_bytes INTEGER(PTR_TO_CTX, ANYTHING, PTR_TO_UNINIT_MEM, CONST_SIZE)
        bpf_xdp_store_bytes_proto xdp_store_bytes INTEGER(PTR_TO_CTX, ANYTHING, PTR_TO_UNINIT_MEM, CONST_SIZE)
        bpf_copy_from_user_task_proto copy_from_user_task INTEGER(PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING, PTR_TO_BTF_ID<task_struct>, ANYTHING) gpl sleep
        bpf_skb_set_tstamp_proto skb_set_tstamp INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING)
        bpf_kptr_xchg_proto kptr_xchg PTR_TO_BTF_ID_OR_NULL<?>(KPTR_XCHG_DEST, PTR_TO_BTF_ID_OR_NULL|OBJ_RELEASE<?>)
        bpf_map_lookup_percpu_elem_proto map_lookup_percpu_elem PTR_TO_MAP_VALUE_OR_NULL(CONST_MAP_PTR, PTR_TO_MAP_KEY, ANYTHING) pkt
        bpf_skc_to_mptcp_sock_proto skc_to_mptcp_sock PTR_TO_BTF_ID_OR_NULL<mptcp_sock>(PTR_TO_SOCK_COMMON)
        bpf_dynptr_from_mem_proto dynptr_from_mem INTEGER(PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, ANYTHING, PTR_TO_DYNPTR|DYNPTR_TYPE_LOCAL|MEM_UNINIT|MEM_WRITE)
        bpf_ringbuf_reserve_dynptr_proto ringbuf_reserve_dynptr INTEGER(CONST_MAP_PTR, ANYTHING, ANYTHING, PTR_TO_DYNPTR|DYNPTR_TYPE_RINGBUF|MEM_UNINIT)
        bpf_ringbuf_submit_dynptr_proto ringbuf_submit_dynptr VOID(PTR_TO_DYNPTR|DYNPTR_TYPE_RINGBUF|OBJ_RELEASE, ANYTHING)
        bpf_ringbuf_discard_dynptr_proto ringbuf_discard_dynptr VOID(PTR_TO_DYNPTR|DYNPTR_TYPE_RINGBUF|OBJ_RELEASE, ANYTHING)
        bpf_dynptr_read_proto dynptr_read INTEGER(PTR_TO_UNINIT_MEM, CONST_SIZE_OR_ZERO, PTR_TO_DYNPTR|MEM_RDONLY, ANYTHING, ANYTHING)
        bpf_dynptr_write_proto dynptr_write INTEGER(PTR_TO_DYNPTR|MEM_RDONLY, ANYTHING, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE_OR_ZERO, ANYTHING)
        bpf_dynptr_data_proto dynptr_data PTR_TO_DYNPTR_MEM_OR_NULL(PTR_TO_DYNPTR|MEM_RDONLY, ANYTHING, CONST_ALLOC_SIZE_OR_ZERO)
        bpf_tcp_raw_gen_syncookie_ipv4_proto tcp_raw_gen_syncookie_ipv4 INTEGER(PTR_TO_FIXED_SIZE_MEM|MEM_RDONLY[20], PTR_TO_MEM|MEM_RDONLY, CONST_SIZE_OR_ZERO) gpl pkt
        bpf_tcp_raw_gen_syncookie_ipv6_proto tcp_raw_gen_syncookie_ipv6 INTEGER(PTR_TO_FIXED_SIZE_MEM|MEM_RDONLY[40], PTR_TO_MEM|MEM_RDONLY, CONST_SIZE_OR_ZERO) gpl pkt
        bpf_tcp_raw_check_syncookie_ipv4_proto tcp_raw_check_syncookie_ipv4 INTEGER(PTR_TO_FIXED_SIZE_MEM|MEM_RDONLY[20], PTR_TO_FIXED_SIZE_MEM|MEM_RDONLY[20]) gpl pkt
        bpf_tcp_raw_check_syncookie_ipv6_proto tcp_raw_check_syncookie_ipv6 INTEGER(PTR_TO_FIXED_SIZE_MEM|MEM_RDONLY[40], PTR_TO_FIXED_SIZE_MEM|MEM_RDONLY[20]) gpl pkt
        bpf_ktime_get_tai_ns_proto ktime_get_tai_ns INTEGER()
        bpf_user_ringbuf_drain_proto user_ringbuf_drain INTEGER(CONST_MAP_PTR, PTR_TO_FUNC, PTR_TO_STACK_OR_NULL, ANYTHING)
        bpf_cgrp_storage_get_proto cgrp_storage_get PTR_TO_MAP_VALUE_OR_NULL(CONST_MAP_PTR, PTR_TO_BTF_ID<cgroup>, PTR_TO_MAP_VALUE_OR_NULL, ANYTHING)
        bpf_cgrp_storage_delete_proto cgrp_storage_delete INTEGER(CONST_MAP_PTR, PTR_TO_BTF_ID<cgroup>)
        # Below: prototypes no probed type reaches on this kernel (lsm, iter, struct_ops, fentry, lirc, kprobe
        # override), from the source alone; the live kernel does not check them.
        bpf_override_return_proto override_return INTEGER(PTR_TO_CTX, ANYTHING) gpl
        bpf_rc_repeat_proto rc_repeat INTEGER(PTR_TO_CTX) gpl
        bpf_rc_keydown_proto rc_keydown INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING, ANYTHING) gpl
        bpf_rc_pointer_rel_proto rc_pointer_rel INTEGER(PTR_TO_CTX, ANYTHING, ANYTHING) gpl
        bpf_tcp_send_ack_proto tcp_send_ack INTEGER(PTR_TO_BTF_ID<tcp_sock>, ANYTHING)
        bpf_seq_printf_proto seq_printf INTEGER(PTR_TO_BTF_ID<seq_file>, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE, PTR_TO_MEM|PTR_MAYBE_NULL|MEM_RDONLY, CONST_SIZE_OR_ZERO) gpl
        bpf_seq_write_proto seq_write INTEGER(PTR_TO_BTF_ID<seq_file>, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE_OR_ZERO) gpl
        bpf_seq_printf_btf_proto seq_printf_btf INTEGER(PTR_TO_BTF_ID<seq_file>, PTR_TO_MEM|MEM_RDONLY, CONST_SIZE_OR_ZERO, ANYTHING)
        bpf_inode_storage_get_proto inode_storage_get PTR_TO_MAP_VALUE_OR_NULL(CONST_MAP_PTR, PTR_TO_BTF_ID_OR_NULL<inode>, PTR_TO_MAP_VALUE_OR_NULL, ANYTHING)
        bpf_inode_storage_delete_proto inode_storage_delete INTEGER(CONST_MAP_PTR, PTR_TO_BTF_ID_OR_NULL<inode>)
        bpf_bprm_opts_set_proto bprm_opts_set INTEGER(PTR_TO_BTF_ID<linux_binprm>, ANYTHING)
        bpf_ima_inode_hash_proto ima_inode_hash INTEGER(PTR_TO_BTF_ID<inode>, PTR_TO_UNINIT_MEM, CONST_SIZE) sleep allowed
        bpf_ima_file_hash_proto ima_file_hash INTEGER(PTR_TO_BTF_ID<file>, PTR_TO_UNINIT_MEM, CONST_SIZE) sleep allowed
        bpf_get_func_arg_proto get_func_arg INTEGER(PTR_TO_CTX, ANYTHING, PTR_TO_FIXED_SIZE_MEM|MEM_UNINIT|MEM_WRITE|MEM_ALIGNED[8])
        bpf_get_func_ret_proto get_func_ret INTEGER(PTR_TO_CTX, PTR_TO_FIXED_SIZE_MEM|MEM_UNINIT|MEM_WRITE|MEM_ALIGNED[8])
        bpf_get_func_arg_cnt_proto get_func_arg_cnt INTEGER(PTR_TO_CTX)
        """;

    /** The kernel's composite argument names, as base plus flags. */
    private static final Map<String, String> ARG_ALIASES = Map.of(
            "PTR_TO_UNINIT_MEM", "PTR_TO_MEM|MEM_UNINIT|MEM_WRITE",
            "PTR_TO_FIXED_SIZE_MEM", "PTR_TO_MEM|MEM_FIXED_SIZE",
            "PTR_TO_MAP_VALUE_OR_NULL", "PTR_TO_MAP_VALUE|PTR_MAYBE_NULL",
            "PTR_TO_MEM_OR_NULL", "PTR_TO_MEM|PTR_MAYBE_NULL",
            "PTR_TO_CTX_OR_NULL", "PTR_TO_CTX|PTR_MAYBE_NULL",
            "PTR_TO_SOCKET_OR_NULL", "PTR_TO_SOCKET|PTR_MAYBE_NULL",
            "PTR_TO_STACK_OR_NULL", "PTR_TO_STACK|PTR_MAYBE_NULL",
            "PTR_TO_BTF_ID_OR_NULL", "PTR_TO_BTF_ID|PTR_MAYBE_NULL");

    /** The kernel's composite return names. */
    private static final Map<String, String> RET_ALIASES = Map.of(
            "PTR_TO_MAP_VALUE_OR_NULL", "PTR_TO_MAP_VALUE|PTR_MAYBE_NULL",
            "PTR_TO_SOCKET_OR_NULL", "PTR_TO_SOCKET|PTR_MAYBE_NULL",
            "PTR_TO_TCP_SOCK_OR_NULL", "PTR_TO_TCP_SOCK|PTR_MAYBE_NULL",
            "PTR_TO_SOCK_COMMON_OR_NULL", "PTR_TO_SOCK_COMMON|PTR_MAYBE_NULL",
            "PTR_TO_RINGBUF_MEM_OR_NULL", "PTR_TO_MEM|MEM_RINGBUF|PTR_MAYBE_NULL",
            "PTR_TO_DYNPTR_MEM_OR_NULL", "PTR_TO_MEM|PTR_MAYBE_NULL",
            "PTR_TO_BTF_ID_OR_NULL", "PTR_TO_BTF_ID|PTR_MAYBE_NULL",
            "PTR_TO_BTF_ID_TRUSTED", "PTR_TO_BTF_ID|PTR_TRUSTED");

    /** Every prototype by its kernel symbol, in table order. */
    static Map<String, HelperProto> protos() {
        Map<String, HelperProto> out = new LinkedHashMap<>();
        int lineNo = 0;
        for (String line : TABLE.split("\n")) {
            lineNo++;
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            HelperProto p;
            try {
                p = parseLine(line.strip());
            } catch (RuntimeException e) {
                throw new IllegalStateException("ProtoTable line " + lineNo + ": " + e.getMessage() + ": " + line, e);
            }
            if (out.put(p.symbol(), p) != null) {
                throw new IllegalStateException("ProtoTable line " + lineNo + ": duplicate symbol " + p.symbol());
            }
        }
        return out;
    }

    private static HelperProto parseLine(String line) {
        int sp1 = line.indexOf(' ');
        int sp2 = line.indexOf(' ', sp1 + 1);
        int open = line.indexOf('(', sp2);
        int close = line.lastIndexOf(')');
        if (sp1 < 0 || sp2 < 0 || open < 0 || close < open) {
            throw new IllegalArgumentException("expected 'symbol helper RET(ARGS) flags'");
        }
        String symbol = line.substring(0, sp1);
        Helper helper = Helper.ofNameOrNull(line.substring(sp1 + 1, sp2));
        if (helper == null) {
            throw new IllegalArgumentException("unknown helper " + line.substring(sp1 + 1, sp2));
        }
        Ret ret = parseRet(line.substring(sp2 + 1, open).strip());
        List<Arg> args = new ArrayList<>();
        String inner = line.substring(open + 1, close).strip();
        if (!inner.isEmpty()) {
            for (String a : inner.split(",\\s*")) {
                args.add(parseArg(a.strip()));
            }
        }
        if (args.size() > 5) {
            throw new IllegalArgumentException("more than 5 arguments");
        }
        while (args.size() < 5) {
            args.add(Arg.DONTCARE);
        }
        boolean gpl = false;
        boolean sleep = false;
        boolean pkt = false;
        boolean allowed = false;
        String rest = line.substring(close + 1).strip();
        if (!rest.isEmpty()) {
            for (String f : rest.split("\\s+")) {
                switch (f) {
                    case "gpl" -> gpl = true;
                    case "sleep" -> sleep = true;
                    case "pkt" -> pkt = true;
                    case "allowed" -> allowed = true;
                    default -> throw new IllegalArgumentException("unknown attribute " + f);
                }
            }
        }
        return new HelperProto(symbol, helper, ret, args, gpl, sleep, pkt, allowed);
    }

    /** Splits {@code BASE|FLAG|FLAG<btf>[size]} into its parts. */
    private record TypeText(String base, Set<TypeFlag> flags, String btf, int size) {
        static TypeText of(String text, Map<String, String> aliases) {
            String btf = null;
            int size = 0;
            int sq = text.indexOf('[');
            if (sq >= 0) {
                size = Integer.parseInt(text.substring(sq + 1, text.indexOf(']', sq)));
                text = text.substring(0, sq);
            }
            int lt = text.indexOf('<');
            if (lt >= 0) {
                btf = text.substring(lt + 1, text.indexOf('>', lt));
                text = text.substring(0, lt);
            }
            String[] parts = text.split("\\|");
            String base = parts[0];
            Set<TypeFlag> flags = EnumSet.noneOf(TypeFlag.class);
            String expanded = aliases.get(base);
            if (expanded != null) {
                String[] e = expanded.split("\\|");
                base = e[0];
                for (int i = 1; i < e.length; i++) {
                    flags.add(TypeFlag.valueOf(e[i]));
                }
            }
            for (int i = 1; i < parts.length; i++) {
                flags.add(TypeFlag.valueOf(parts[i]));
            }
            return new TypeText(base, flags, btf, size);
        }
    }

    private static Arg parseArg(String text) {
        TypeText t = TypeText.of(text, ARG_ALIASES);
        return new Arg(ArgType.valueOf(t.base()), t.flags(), t.btf(), t.size());
    }

    private static Ret parseRet(String text) {
        TypeText t = TypeText.of(text, RET_ALIASES);
        if (t.size() != 0) {
            throw new IllegalArgumentException("a return type has no size");
        }
        return new Ret(RetType.valueOf(t.base()), t.flags(), t.btf());
    }
}
