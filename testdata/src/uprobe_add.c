// SPDX-License-Identifier: GPL-2.0
/* uprobe_add: arguments and return value of add(int, int) in testdata/build/uprobe_target.
 * The entry probe parks the arguments per thread; the return probe reports all three. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

struct args {
	__s32 a;
	__s32 b;
};

struct event {
	__u32 pid;
	__s32 a;
	__s32 b;
	__s32 ret;
};

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(max_entries, 1024);
	__type(key, __u64);
	__type(value, struct args);
} pending SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_PERF_EVENT_ARRAY);
	__uint(key_size, sizeof(__u32));
	__uint(value_size, sizeof(__u32));
} events SEC(".maps");

const struct event *unused_event __attribute__((unused));

SEC("uprobe")
int BPF_KPROBE(add_entry, int a, int b)
{
	__u64 id = bpf_get_current_pid_tgid();
	struct args v = { .a = a, .b = b };
	bpf_map_update_elem(&pending, &id, &v, BPF_ANY);
	return 0;
}

SEC("uretprobe")
int BPF_KRETPROBE(add_exit, int ret)
{
	__u64 id = bpf_get_current_pid_tgid();
	struct args *v = bpf_map_lookup_elem(&pending, &id);
	if (!v)
		return 0;
	struct event e = { .pid = id >> 32, .a = v->a, .b = v->b, .ret = ret };
	bpf_map_delete_elem(&pending, &id);
	bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, &e, sizeof(e));
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
