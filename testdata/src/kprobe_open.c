// SPDX-License-Identifier: GPL-2.0
/* kprobe_open: file name and flags at do_sys_openat2() entry, result at return.
 * (This kernel has no CONFIG_KPROBES: the programs load but cannot attach.) */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

struct event {
	__u32 pid;
	__s32 dfd;
	__u64 flags;
	__s64 ret;
	__u8 is_return;
	char filename[64];
};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 64 * 1024);
} rb SEC(".maps");

const struct event *unused_event __attribute__((unused));

SEC("kprobe/do_sys_openat2")
int BPF_KPROBE(open_entry, int dfd, const char *filename, struct open_how *how)
{
	struct event *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->dfd = dfd;
	e->flags = BPF_CORE_READ(how, flags);
	e->ret = 0;
	e->is_return = 0;
	bpf_probe_read_user_str(e->filename, sizeof(e->filename), filename);
	bpf_ringbuf_submit(e, 0);
	return 0;
}

SEC("kretprobe/do_sys_openat2")
int BPF_KRETPROBE(open_exit, int ret)
{
	struct event *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->dfd = 0;
	e->flags = 0;
	e->ret = ret;
	e->is_return = 1;
	e->filename[0] = '\0';
	bpf_ringbuf_submit(e, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
