// SPDX-License-Identifier: GPL-2.0
/* fentry_open: the same observation as kprobe_open through BTF-typed trampolines:
 * arguments arrive typed, `how->flags` is a direct load the verifier checks against BTF.
 * (This kernel refuses fentry/fexit loads with EPERM; the object serves relocation work.) */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>

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

SEC("fentry/do_sys_openat2")
int BPF_PROG(open_fentry, int dfd, const char *filename, struct open_how *how)
{
	struct event *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->dfd = dfd;
	e->flags = how->flags;
	e->ret = 0;
	e->is_return = 0;
	bpf_probe_read_user_str(e->filename, sizeof(e->filename), filename);
	bpf_ringbuf_submit(e, 0);
	return 0;
}

SEC("fexit/do_sys_openat2")
int BPF_PROG(open_fexit, int dfd, const char *filename, struct open_how *how, int ret)
{
	struct event *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);
	if (!e)
		return 0;
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->dfd = dfd;
	e->flags = how->flags;
	e->ret = ret;
	e->is_return = 1;
	e->filename[0] = '\0';
	bpf_ringbuf_submit(e, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
