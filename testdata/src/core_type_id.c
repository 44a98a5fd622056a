// SPDX-License-Identifier: GPL-2.0
/* core_type_id: BTF type ids, local and kernel. The kernel id feeds bpf_snprintf_btf(),
 * which needs the target kernel's id of the type it prints. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct bpf4j_sample {
	__u64 when;
	__u32 cpu;
};

__u32 local_id_sample;
__u32 local_id_task;
__u32 kernel_id_task;
__u32 kernel_id_file;
char dump[256];

SEC("raw_tp/sched_process_exec")
int ids(void *ctx)
{
	struct btf_ptr p = {};

	local_id_sample = bpf_core_type_id_local(struct bpf4j_sample);
	local_id_task = bpf_core_type_id_local(struct task_struct);
	kernel_id_task = bpf_core_type_id_kernel(struct task_struct);
	kernel_id_file = bpf_core_type_id_kernel(struct file);

	p.ptr = (void *)bpf_get_current_task();
	p.type_id = bpf_core_type_id_kernel(struct task_struct);
	bpf_snprintf_btf(dump, sizeof(dump), &p, sizeof(p), BTF_F_COMPACT);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
