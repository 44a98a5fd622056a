package io.github.bpf4j.verifier.internal.protos;

import io.github.bpf4j.asm.Helper;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which prototype each program type's {@code get_func_proto} returns for each helper, Linux 6.18 as loaded by root
 * (CAP_BPF and CAP_PERFMON, no lockdown) on this kernel's configuration (no CONFIG_BPF_KPROBE_OVERRIDE, no
 * CONFIG_BPF_LIRC_MODE2; XFRM, SYN cookies, cgroup classid and seg6 present).
 *
 * <p>The layering follows the kernel's functions: every network type falls back to {@code bpf_sk_base_func_proto}
 * or {@code bpf_base_func_proto}, the tracing types to {@code bpf_tracing_func_proto}. Each method names the kernel
 * function it models. The 6.13-era helpers.c the code search holds lists a shorter base; by 6.18 the kernel had moved
 * the task/cgroup/perf helpers that need only CAP_PERFMON (get_current_uid_gid, get_current_comm, get_cgroup_classid,
 * perf_event_read(_value), send_signal(_thread), get_task_stack, copy_from_user(_task), task_storage_*, find_vma,
 * get_branch_snapshot, current_task_under_cgroup) into {@code bpf_base_func_proto}; the live kernel confirms that
 * base (testdata/verifier/helpers/matrix.txt, type netfilter, whose get_func_proto is the base alone).
 */
final class FuncProtos {

    private FuncProtos() {
    }

    /** Symbol of each entry: "name" means the default symbol bpf_NAME_proto, "name=symbol" names another. */
    private static Map<Integer, String> with(Map<Integer, String> parent, String... entries) {
        Map<Integer, String> m = new LinkedHashMap<>(parent);
        for (String e : entries) {
            int eq = e.indexOf('=');
            String name = eq < 0 ? e : e.substring(0, eq);
            Helper h = Helper.ofNameOrNull(name);
            if (h == null) {
                throw new IllegalStateException("FuncProtos: unknown helper " + name);
            }
            m.put(h.id(), eq < 0 ? "bpf_" + name + "_proto" : e.substring(eq + 1));
        }
        return m;
    }

    /** bpf_base_func_proto (kernel/bpf/helpers.c), all three capability tiers. */
    static Map<Integer, String> base() {
        return with(Map.of(),
                // no capability needed
                "map_lookup_elem", "map_update_elem", "map_delete_elem", "map_push_elem", "map_pop_elem",
                "map_peek_elem", "map_lookup_percpu_elem", "get_prandom_u32",
                "get_smp_processor_id=bpf_get_raw_smp_processor_id_proto", "get_numa_node_id", "tail_call",
                "ktime_get_ns", "ktime_get_boot_ns", "ktime_get_tai_ns", "ringbuf_output", "ringbuf_reserve",
                "ringbuf_submit", "ringbuf_discard", "ringbuf_query", "strncmp", "strtol", "strtoul",
                "get_current_pid_tgid", "get_ns_current_pid_tgid",
                // CAP_BPF
                "spin_lock", "spin_unlock", "jiffies64", "per_cpu_ptr", "this_cpu_ptr", "timer_init",
                "timer_set_callback", "timer_start", "timer_cancel", "kptr_xchg", "for_each_map_elem", "loop",
                "user_ringbuf_drain", "ringbuf_reserve_dynptr", "ringbuf_submit_dynptr", "ringbuf_discard_dynptr",
                "dynptr_from_mem", "dynptr_read", "dynptr_write", "dynptr_data", "cgrp_storage_get",
                "cgrp_storage_delete", "get_current_cgroup_id", "get_current_ancestor_cgroup_id",
                // CAP_PERFMON
                "trace_printk", "get_current_task", "get_current_task_btf", "probe_read_user", "probe_read_kernel",
                "probe_read_user_str", "probe_read_kernel_str", "snprintf_btf", "snprintf", "task_pt_regs",
                "trace_vprintk",
                // CAP_PERFMON, moved into the base after 6.13 (seen in the 6.18 kernel: every type offers them)
                "get_current_uid_gid", "get_current_comm", "get_cgroup_classid=bpf_get_cgroup_classid_curr_proto",
                "perf_event_read", "perf_event_read_value", "current_task_under_cgroup", "send_signal",
                "send_signal_thread", "get_task_stack", "copy_from_user", "copy_from_user_task",
                "task_storage_get", "task_storage_delete", "find_vma", "get_branch_snapshot");
    }

    /** bpf_sk_base_func_proto (net/core/filter.c): the skc_to_* casts need CAP_PERFMON. */
    static Map<Integer, String> skBase() {
        return with(base(), "skc_to_tcp6_sock", "skc_to_tcp_sock", "skc_to_tcp_timewait_sock",
                "skc_to_tcp_request_sock", "skc_to_udp6_sock", "skc_to_unix_sock", "skc_to_mptcp_sock",
                "ktime_get_coarse_ns");
    }

    /** bpf_tracing_func_proto (kernel/trace/bpf_trace.c). */
    static Map<Integer, String> tracing() {
        return with(base(), "probe_read=bpf_probe_read_compat_proto",
                "probe_read_str=bpf_probe_read_compat_str_proto", "get_func_ip=bpf_get_func_ip_proto_tracing");
    }

    /** sk_filter_func_proto. */
    static Map<Integer, String> skFilter() {
        return with(skBase(), "skb_load_bytes", "skb_load_bytes_relative", "get_socket_cookie", "get_socket_uid",
                "perf_event_output=bpf_skb_event_output_proto", "get_netns_cookie");
    }

    /** cgroup_common_func_proto + cgroup_current_func_proto (kernel/bpf/cgroup.c), for a hook with a retval. */
    static Map<Integer, String> cgroupCommon(Map<Integer, String> parent, boolean retval) {
        Map<Integer, String> m = with(parent, "get_local_storage");
        return retval ? with(m, "get_retval", "set_retval") : m;
    }

    static Map<ProgTypeName, Map<Integer, String>> all() {
        Map<ProgTypeName, Map<Integer, String>> t = new EnumMap<>(ProgTypeName.class);
        Map<Integer, String> tc = with(skBase(), "skb_store_bytes", "skb_load_bytes", "skb_load_bytes_relative",
                "skb_pull_data", "csum_diff", "csum_update", "csum_level", "l3_csum_replace", "l4_csum_replace",
                "clone_redirect", "get_cgroup_classid", "skb_vlan_push", "skb_vlan_pop", "skb_change_proto",
                "skb_change_type", "skb_adjust_room", "skb_change_tail", "skb_change_head", "skb_get_tunnel_key",
                "skb_set_tunnel_key", "skb_get_tunnel_opt", "skb_set_tunnel_opt", "redirect", "redirect_neigh",
                "redirect_peer", "get_route_realm", "get_hash_recalc", "set_hash_invalid", "set_hash",
                "perf_event_output=bpf_skb_event_output_proto",
                "get_smp_processor_id=bpf_get_smp_processor_id_proto", "skb_under_cgroup", "get_socket_cookie",
                "get_socket_uid", "fib_lookup=bpf_skb_fib_lookup_proto", "check_mtu=bpf_skb_check_mtu_proto",
                "sk_fullsock", "sk_storage_get", "sk_storage_delete", "skb_get_xfrm_state", "skb_cgroup_classid",
                "skb_cgroup_id", "skb_ancestor_cgroup_id", "sk_lookup_tcp=bpf_skb_sk_lookup_tcp_proto",
                "sk_lookup_udp=bpf_skb_sk_lookup_udp_proto", "sk_release", "tcp_sock", "get_listener_sock",
                "skc_lookup_tcp", "tcp_check_syncookie", "skb_ecn_set_ce", "tcp_gen_syncookie", "sk_assign",
                "skb_set_tstamp", "tcp_raw_gen_syncookie_ipv4", "tcp_raw_gen_syncookie_ipv6",
                "tcp_raw_check_syncookie_ipv4", "tcp_raw_check_syncookie_ipv6", "get_netns_cookie");
        // tc_cls_act_func_proto: get_cgroup_classid takes the skb there.
        tc.put(Helper.GET_CGROUP_CLASSID.id(), "bpf_get_cgroup_classid_proto");
        t.put(ProgTypeName.SCHED_CLS, tc);
        t.put(ProgTypeName.SCHED_ACT, tc);
        t.put(ProgTypeName.SOCKET_FILTER, skFilter());
        t.put(ProgTypeName.XDP, with(skBase(), "perf_event_output=bpf_xdp_event_output_proto",
                "get_smp_processor_id=bpf_get_smp_processor_id_proto", "csum_diff", "xdp_adjust_head",
                "xdp_adjust_meta", "redirect=bpf_xdp_redirect_proto", "redirect_map=bpf_xdp_redirect_map_proto",
                "xdp_adjust_tail", "xdp_get_buff_len", "xdp_load_bytes", "xdp_store_bytes",
                "fib_lookup=bpf_xdp_fib_lookup_proto", "check_mtu=bpf_xdp_check_mtu_proto",
                "sk_lookup_udp=bpf_xdp_sk_lookup_udp_proto", "sk_lookup_tcp=bpf_xdp_sk_lookup_tcp_proto",
                "sk_release", "skc_lookup_tcp=bpf_xdp_skc_lookup_tcp_proto", "tcp_check_syncookie",
                "tcp_gen_syncookie", "tcp_raw_gen_syncookie_ipv4", "tcp_raw_gen_syncookie_ipv6",
                "tcp_raw_check_syncookie_ipv4", "tcp_raw_check_syncookie_ipv6"));
        // cg_skb_func_proto (ingress: no retval helpers).
        t.put(ProgTypeName.CGROUP_SKB, with(cgroupCommon(skFilter(), false), "sk_fullsock", "sk_storage_get",
                "sk_storage_delete", "skb_cgroup_id", "skb_ancestor_cgroup_id", "sk_cgroup_id",
                "sk_ancestor_cgroup_id", "tcp_sock", "get_listener_sock", "skb_ecn_set_ce",
                "sk_lookup_tcp=bpf_skb_sk_lookup_tcp_proto", "sk_lookup_udp=bpf_skb_sk_lookup_udp_proto",
                "sk_release", "skc_lookup_tcp"));
        // sock_filter_func_proto (inet_sock_create).
        t.put(ProgTypeName.CGROUP_SOCK, with(cgroupCommon(base(), true),
                "perf_event_output=bpf_event_output_data_proto",
                "get_socket_cookie=bpf_get_socket_cookie_sock_proto",
                "get_netns_cookie=bpf_get_netns_cookie_sock_proto",
                "sk_storage_get=bpf_sk_storage_get_cg_sock_proto", "ktime_get_coarse_ns"));
        // lwt_out_func_proto, lwt_in_func_proto, lwt_xmit_func_proto, lwt_seg6local_func_proto.
        Map<Integer, String> lwtOut = with(skBase(), "skb_load_bytes", "skb_pull_data", "csum_diff",
                "get_cgroup_classid=bpf_get_cgroup_classid_proto", "get_route_realm", "get_hash_recalc",
                "perf_event_output=bpf_skb_event_output_proto",
                "get_smp_processor_id=bpf_get_smp_processor_id_proto", "skb_under_cgroup");
        t.put(ProgTypeName.LWT_OUT, lwtOut);
        t.put(ProgTypeName.LWT_IN, with(lwtOut, "lwt_push_encap=bpf_lwt_in_push_encap_proto"));
        t.put(ProgTypeName.LWT_XMIT, with(lwtOut, "skb_get_tunnel_key", "skb_set_tunnel_key",
                "skb_get_tunnel_opt", "skb_set_tunnel_opt", "redirect", "clone_redirect", "skb_change_tail",
                "skb_change_head", "skb_store_bytes", "csum_update", "csum_level", "l3_csum_replace",
                "l4_csum_replace", "set_hash_invalid", "lwt_push_encap=bpf_lwt_xmit_push_encap_proto"));
        t.put(ProgTypeName.LWT_SEG6LOCAL, with(lwtOut, "lwt_seg6_store_bytes", "lwt_seg6_action",
                "lwt_seg6_adjust_srh"));
        // sock_ops_func_proto (cgroup_sock_ops: no retval helpers).
        t.put(ProgTypeName.SOCK_OPS, with(cgroupCommon(skBase(), false),
                "setsockopt=bpf_sock_ops_setsockopt_proto", "getsockopt=bpf_sock_ops_getsockopt_proto",
                "sock_ops_cb_flags_set", "sock_map_update", "sock_hash_update",
                "get_socket_cookie=bpf_get_socket_cookie_sock_ops_proto",
                "perf_event_output=bpf_event_output_data_proto", "sk_storage_get", "sk_storage_delete",
                "get_netns_cookie=bpf_get_netns_cookie_sock_ops_proto", "tcp_sock",
                "load_hdr_opt=bpf_sock_ops_load_hdr_opt_proto", "store_hdr_opt=bpf_sock_ops_store_hdr_opt_proto",
                "reserve_hdr_opt=bpf_sock_ops_reserve_hdr_opt_proto"));
        // sk_skb_func_proto.
        t.put(ProgTypeName.SK_SKB, with(skBase(), "skb_store_bytes", "skb_load_bytes",
                "skb_pull_data=sk_skb_pull_data_proto", "skb_change_tail=sk_skb_change_tail_proto",
                "skb_change_head=sk_skb_change_head_proto", "skb_adjust_room=sk_skb_adjust_room_proto",
                "get_socket_cookie", "get_socket_uid", "sk_redirect_map", "sk_redirect_hash",
                "perf_event_output=bpf_skb_event_output_proto", "sk_lookup_tcp=bpf_skb_sk_lookup_tcp_proto",
                "sk_lookup_udp=bpf_skb_sk_lookup_udp_proto", "sk_release", "skc_lookup_tcp"));
        // cgroup_dev_func_proto.
        t.put(ProgTypeName.CGROUP_DEVICE, with(cgroupCommon(base(), true),
                "perf_event_output=bpf_event_output_data_proto"));
        // sk_msg_func_proto.
        t.put(ProgTypeName.SK_MSG, with(skBase(), "msg_redirect_map", "msg_redirect_hash", "msg_apply_bytes",
                "msg_cork_bytes", "msg_pull_data", "msg_push_data", "msg_pop_data",
                "perf_event_output=bpf_event_output_data_proto", "sk_storage_get", "sk_storage_delete",
                "get_netns_cookie=bpf_get_netns_cookie_sk_msg_proto"));
        // sock_addr_func_proto (inet4_connect: bind is offered to connect hooks only).
        t.put(ProgTypeName.CGROUP_SOCK_ADDR, with(cgroupCommon(skBase(), true),
                "perf_event_output=bpf_event_output_data_proto",
                "get_socket_cookie=bpf_get_socket_cookie_sock_addr_proto",
                "get_netns_cookie=bpf_get_netns_cookie_sock_addr_proto", "bind",
                "sk_lookup_tcp=bpf_sock_addr_sk_lookup_tcp_proto", "sk_lookup_udp=bpf_sock_addr_sk_lookup_udp_proto",
                "sk_release", "skc_lookup_tcp=bpf_sock_addr_skc_lookup_tcp_proto", "sk_storage_get",
                "sk_storage_delete", "setsockopt=bpf_sock_addr_setsockopt_proto",
                "getsockopt=bpf_sock_addr_getsockopt_proto"));
        // sk_reuseport_func_proto.
        t.put(ProgTypeName.SK_REUSEPORT, with(base(), "sk_select_reuseport=sk_select_reuseport_proto",
                "skb_load_bytes=sk_reuseport_load_bytes_proto",
                "skb_load_bytes_relative=sk_reuseport_load_bytes_relative_proto",
                "get_socket_cookie=bpf_get_socket_ptr_cookie_proto", "ktime_get_coarse_ns"));
        // flow_dissector_func_proto.
        t.put(ProgTypeName.FLOW_DISSECTOR, with(skBase(), "skb_load_bytes=bpf_flow_dissector_load_bytes_proto"));
        // sysctl_func_proto.
        t.put(ProgTypeName.CGROUP_SYSCTL, with(cgroupCommon(base(), true),
                "perf_event_output=bpf_event_output_data_proto", "sysctl_get_name", "sysctl_get_current_value",
                "sysctl_get_new_value", "sysctl_set_new_value", "ktime_get_coarse_ns"));
        // cg_sockopt_func_proto (getsockopt).
        t.put(ProgTypeName.CGROUP_SOCKOPT, with(cgroupCommon(base(), true),
                "perf_event_output=bpf_event_output_data_proto", "sk_storage_get", "sk_storage_delete",
                "get_netns_cookie=bpf_get_netns_cookie_sockopt_proto", "tcp_sock"));
        // sk_lookup_func_proto.
        t.put(ProgTypeName.SK_LOOKUP, with(skBase(), "perf_event_output=bpf_event_output_data_proto",
                "sk_assign=bpf_sk_lookup_assign_proto", "sk_release"));
        t.put(ProgTypeName.NETFILTER, base());
        // kprobe_prog_func_proto, tp_prog_func_proto, pe_prog_func_proto, raw_tp_prog_func_proto.
        t.put(ProgTypeName.KPROBE, with(tracing(), "perf_event_output", "get_stackid", "get_stack",
                "get_func_ip=bpf_get_func_ip_proto_kprobe",
                "get_attach_cookie=bpf_get_attach_cookie_proto_trace"));
        t.put(ProgTypeName.TRACEPOINT, with(tracing(), "perf_event_output=bpf_perf_event_output_proto_tp",
                "get_stackid=bpf_get_stackid_proto_tp", "get_stack=bpf_get_stack_proto_tp",
                "get_attach_cookie=bpf_get_attach_cookie_proto_trace"));
        t.put(ProgTypeName.PERF_EVENT, with(tracing(), "perf_event_output=bpf_perf_event_output_proto_tp",
                "get_stackid=bpf_get_stackid_proto_pe", "get_stack=bpf_get_stack_proto_pe",
                "perf_prog_read_value", "read_branch_records",
                "get_attach_cookie=bpf_get_attach_cookie_proto_pe"));
        Map<Integer, String> rawTp = with(tracing(), "perf_event_output=bpf_perf_event_output_proto_raw_tp",
                "get_stackid=bpf_get_stackid_proto_raw_tp", "get_stack=bpf_get_stack_proto_raw_tp",
                "get_attach_cookie=bpf_get_attach_cookie_proto_tracing");
        t.put(ProgTypeName.RAW_TRACEPOINT, rawTp);
        t.put(ProgTypeName.RAW_TRACEPOINT_WRITABLE, rawTp);
        // tracing_prog_func_proto (tp_btf: no trampoline, so no get_func_arg/ret/arg_cnt).
        Map<Integer, String> tracingProg = with(rawTp, "skb_output", "xdp_output",
                "skc_to_tcp6_sock", "skc_to_tcp_sock", "skc_to_tcp_timewait_sock", "skc_to_tcp_request_sock",
                "skc_to_udp6_sock", "skc_to_unix_sock", "skc_to_mptcp_sock",
                "sk_storage_get=bpf_sk_storage_get_tracing_proto",
                "sk_storage_delete=bpf_sk_storage_delete_tracing_proto",
                "get_socket_cookie=bpf_get_socket_ptr_cookie_proto", "d_path", "sock_from_file",
                "xdp_get_buff_len=bpf_xdp_get_buff_len_trace_proto",
                "get_func_ip=bpf_get_func_ip_proto_tracing");
        t.put(ProgTypeName.TRACING, tracingProg);
        // syscall_prog_func_proto, then tracing_prog_func_proto, which offers get_attach_cookie only to tp_btf
        // and trampoline programs: a syscall program is neither.
        Map<Integer, String> syscall = with(tracingProg, "sys_bpf", "btf_find_by_name_kind", "sys_close",
                "kallsyms_lookup_name");
        syscall.remove(Helper.GET_ATTACH_COOKIE.id());
        t.put(ProgTypeName.SYSCALL, syscall);
        return t;
    }
}
