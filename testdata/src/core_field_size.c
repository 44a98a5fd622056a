// SPDX-License-Identifier: GPL-2.0
/* core_field_size: field sizes and offsets as the target kernel lays them out, and a read
 * whose width follows the target's field size. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

__u32 comm_size;
__u32 pid_size;
__u32 flags_size;
__u32 comm_offset;
__u32 tgid_offset;
__u64 nvcsw;

SEC("raw_tp/sys_enter")
int sizes(void *ctx)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	__u64 v = 0;

	comm_size = bpf_core_field_size(task->comm);
	pid_size = bpf_core_field_size(struct task_struct, pid);
	flags_size = bpf_core_field_size(task->flags);
	comm_offset = bpf_core_field_offset(task->comm);
	tgid_offset = bpf_core_field_offset(struct task_struct, tgid);
	/* nvcsw is unsigned long: 8 bytes on 64-bit targets, 4 on 32-bit ones */
	bpf_core_read(&v, bpf_core_field_size(task->nvcsw), &task->nvcsw);
	nvcsw = v;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
