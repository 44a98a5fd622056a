// SPDX-License-Identifier: GPL-2.0
/* core_type_exists: which kernel types exist and how big they are on the target. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

/* exists only here: its existence check resolves to 0 on every kernel */
struct bpf4j_local_only {
	int x;
};

__u32 has_ringbuf_type;
__u32 has_local_only;
__u32 has_bpf_arena;
__u32 task_struct_size;
__u32 sk_buff_size;
__u32 pid_t_size;

SEC("tracepoint/syscalls/sys_enter_getppid")
int types(void *ctx)
{
	has_ringbuf_type = bpf_core_type_exists(struct bpf_ringbuf);
	has_local_only = bpf_core_type_exists(struct bpf4j_local_only);
	has_bpf_arena = bpf_core_type_exists(struct bpf_arena);
	task_struct_size = bpf_core_type_size(struct task_struct);
	sk_buff_size = bpf_core_type_size(struct sk_buff);
	pid_t_size = bpf_core_type_size(pid_t);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
