// SPDX-License-Identifier: GPL-2.0
/* core_flavor: the classic "renamed field" case. Linux 5.14 renamed task_struct.state
 * (long) to __state (unsigned int); a `___old` flavor describes older kernels. On this
 * kernel the read of task_struct___old.state cannot be relocated: libbpf poisons that
 * instruction, and the bpf_core_field_exists() guard makes it dead code the verifier never
 * walks, so the program still loads. This is the test data's one unresolvable relocation. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct task_struct___old {
	long state;
} __attribute__((preserve_access_index));

/* resolves to the kernel's task_struct by name minus the flavor suffix */
struct task_struct___mine {
	int pid;
	int tgid;
	char comm[16];
} __attribute__((preserve_access_index));

__u64 state;
__s32 pid;
__s32 tgid;
__u32 used_old_layout;

SEC("raw_tp/sched_switch")
int task_state(void *ctx)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	struct task_struct___mine *mine = (void *)task;

	if (bpf_core_field_exists(task->__state)) {
		state = BPF_CORE_READ(task, __state);
		used_old_layout = 0;
	} else {
		struct task_struct___old *old = (void *)task;
		state = BPF_CORE_READ(old, state);
		used_old_layout = 1;
	}
	pid = BPF_CORE_READ(mine, pid);
	tgid = BPF_CORE_READ(mine, tgid);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
