// SPDX-License-Identifier: GPL-2.0
/* CO-RE relocations inside .text subprograms called by two programs, with a local flavor of task_struct
 * whose field exists in the kernel and one that does not. Built by CoreSubprogTest against our own vmlinux.h. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct task_struct___flav {
	int pid;
	long no_such_field;
} __attribute__((preserve_access_index));

static __noinline int parent_tgid(struct task_struct *t)
{
	struct task_struct *p = BPF_CORE_READ(t, real_parent);

	return BPF_CORE_READ(p, tgid);
}

static __noinline long flav_value(struct task_struct *t)
{
	struct task_struct___flav *f = (void *)t;

	if (bpf_core_field_exists(f->no_such_field))
		return BPF_CORE_READ(f, no_such_field);
	return BPF_CORE_READ(f, pid) + bpf_core_field_size(f->pid);
}

SEC("raw_tp/sched_switch")
int sub_a(void *ctx)
{
	struct task_struct *t = (void *)bpf_get_current_task();

	return parent_tgid(t) + flav_value(t);
}

SEC("raw_tp/sched_process_exec")
int sub_b(void *ctx)
{
	struct task_struct *t = (void *)bpf_get_current_task();

	return flav_value(t) + bpf_core_type_exists(struct task_struct___flav) + bpf_core_type_size(struct task_struct);
}

char LICENSE[] SEC("license") = "GPL";
