// SPDX-License-Identifier: GPL-2.0
/* writetrack: pairs write() entry and exit per thread through a hash map keyed by
 * pid_tgid, and reports fd, requested and written byte counts and latency. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

struct start {
	__u64 ts_ns;
	__u64 count;
	__s32 fd;
};

struct event {
	__u32 pid;
	__u32 tid;
	__s32 fd;
	__u32 pad;
	__u64 requested;
	__s64 written;
	__u64 latency_ns;
	char comm[16];
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 10240);
	__type(key, __u64);
	__type(value, struct start);
} inflight SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} events SEC(".maps");

/* Only writes of at least this many bytes are reported; set by user space before load. */
const volatile __u64 min_bytes = 1;
const struct event *unused_event __attribute__((unused));

SEC("tracepoint/syscalls/sys_enter_write")
int write_enter(struct trace_event_raw_sys_enter *ctx)
{
	__u64 id = bpf_get_current_pid_tgid();
	struct start s = {
		.ts_ns = bpf_ktime_get_ns(),
		.fd = (__s32)ctx->args[0],
		.count = ctx->args[2],
	};
	if (s.count < min_bytes)
		return 0;
	bpf_map_update_elem(&inflight, &id, &s, BPF_ANY);
	return 0;
}

SEC("tracepoint/syscalls/sys_exit_write")
int write_exit(struct trace_event_raw_sys_exit *ctx)
{
	__u64 id = bpf_get_current_pid_tgid();
	struct start *s = bpf_map_lookup_elem(&inflight, &id);
	if (!s)
		return 0;
	struct event e = {
		.pid = id >> 32,
		.tid = (__u32)id,
		.fd = s->fd,
		.requested = s->count,
		.written = ctx->ret,
		.latency_ns = bpf_ktime_get_ns() - s->ts_ns,
	};
	bpf_get_current_comm(e.comm, sizeof(e.comm));
	bpf_map_delete_elem(&inflight, &id);
	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, &e, sizeof(e));
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
