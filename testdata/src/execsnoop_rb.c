// SPDX-License-Identifier: GPL-2.0
/* execsnoop over a ring buffer: records are reserved in place and submitted, no copy.
 * Ring buffer maps carry no value type, so `unused_event` below puts `struct event` into BTF
 * for decoders. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

#define COMM_LEN 16
#define FILENAME_LEN 128

struct event {
	__u32 pid;
	__u32 ppid;
	__u32 uid;
	__s32 exit_code;
	__u64 ts_ns;
	__u8 is_exit;
	char comm[COMM_LEN];
	char filename[FILENAME_LEN];
};

const struct event *unused_event __attribute__((unused));

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 256 * 1024);
} rb SEC(".maps");

/* Records dropped because the ring was full; user space reads it from .bss. */
__u64 dropped;

static __always_inline void fill_common(struct event *e, struct task_struct *task)
{
	e->pid = bpf_get_current_pid_tgid() >> 32;
	e->ppid = BPF_CORE_READ(task, real_parent, tgid);
	e->uid = (__u32)bpf_get_current_uid_gid();
	e->ts_ns = bpf_ktime_get_ns();
	bpf_get_current_comm(e->comm, sizeof(e->comm));
}

SEC("tracepoint/syscalls/sys_enter_execve")
int handle_execve(struct trace_event_raw_sys_enter *ctx)
{
	struct event *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);
	if (!e) {
		__sync_fetch_and_add(&dropped, 1);
		return 0;
	}
	fill_common(e, (struct task_struct *)bpf_get_current_task());
	e->is_exit = 0;
	e->exit_code = 0;
	bpf_probe_read_user_str(e->filename, sizeof(e->filename), (const char *)ctx->args[0]);
	bpf_ringbuf_submit(e, 0);
	return 0;
}

SEC("tracepoint/sched/sched_process_exit")
int handle_exit(void *ctx)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	__u64 id = bpf_get_current_pid_tgid();
	/* only whole processes: the thread group leader exits last */
	if ((__u32)id != (__u32)(id >> 32))
		return 0;
	struct event *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);
	if (!e) {
		__sync_fetch_and_add(&dropped, 1);
		return 0;
	}
	fill_common(e, task);
	e->is_exit = 1;
	e->exit_code = (BPF_CORE_READ(task, exit_code) >> 8) & 0xff;
	e->filename[0] = '\0';
	bpf_ringbuf_submit(e, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
