// SPDX-License-Identifier: GPL-2.0
/* core_bitfield: task_struct's one-bit flags read through CO-RE bitfield relocations
 * (byte offset, byte size, shifts and signedness), both with probe reads and, in a
 * BTF-typed tracepoint, with direct loads. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

__u64 reset_on_fork_probed;
__u64 in_execve_probed;
__u64 reset_on_fork_direct;
__u64 in_iowait_direct;

SEC("raw_tp/sched_process_exec")
int bits_probed(void *ctx)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();

	reset_on_fork_probed = BPF_CORE_READ_BITFIELD_PROBED(task, sched_reset_on_fork);
	in_execve_probed = BPF_CORE_READ_BITFIELD_PROBED(task, in_execve);
	return 0;
}

SEC("tp_btf/sched_switch")
int BPF_PROG(bits_direct, bool preempt, struct task_struct *prev, struct task_struct *next)
{
	reset_on_fork_direct = BPF_CORE_READ_BITFIELD(next, sched_reset_on_fork);
	in_iowait_direct = BPF_CORE_READ_BITFIELD(prev, in_iowait);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
