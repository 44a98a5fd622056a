// SPDX-License-Identifier: GPL-2.0
/* core_field_exists: chooses what to read by asking the target kernel which fields it has.
 * Every field checked here is named by the local struct definitions; the checks themselves
 * always resolve (to 1 or 0). */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

/* A local view of task_struct with one field no kernel has: its existence check
 * resolves to 0 (the field itself is never read). */
struct task_struct___probe {
	int bpf4j_never_a_field;
	int pid;
} __attribute__((preserve_access_index));

__u32 has_state;        /* task_struct.__state (5.14+) */
__u32 has_mm_rss_stat;  /* mm_struct.rss_stat */
__u32 has_made_up;      /* expected 0 */
__u32 has_loginuid;     /* CONFIG_AUDIT */
__s32 pid;
__u32 loginuid;

SEC("tracepoint/syscalls/sys_enter_getpid")
int probe_fields(void *ctx)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	struct task_struct___probe *view = (void *)task;

	has_state = bpf_core_field_exists(task->__state);
	has_mm_rss_stat = bpf_core_field_exists(struct mm_struct, rss_stat);
	has_made_up = bpf_core_field_exists(view->bpf4j_never_a_field);
	has_loginuid = bpf_core_field_exists(task->loginuid);
	pid = BPF_CORE_READ(view, pid);
	if (bpf_core_field_exists(task->loginuid))
		loginuid = BPF_CORE_READ(task, loginuid.val);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
