// SPDX-License-Identifier: GPL-2.0
/* bpf_find_vma: a callback called with the task and a vm_area_struct typed by the kernel's BTF.
 * tp_btf programs (attach target sched_switch); simulated with this kernel's BTF only. */
#include <linux/bpf.h>
#include <bpf/bpf_helpers.h>

struct task_struct;
struct vm_area_struct;

struct found {
	__u64 hits;
};

static long vma_count(struct task_struct *task, struct vm_area_struct *vma, void *data)
{
	((struct found *)data)->hits++;
	return 0;
}

static long vma_bad_ret(struct task_struct *task, struct vm_area_struct *vma, void *data)
{
	return 7;
}

static long vma_write(struct task_struct *task, struct vm_area_struct *vma, void *data)
{
	*(long *)vma = 0; /* vm_area_struct is read-only to programs */
	return 0;
}

SEC("tp_btf/sched_switch")
int find_vma_ok(__u64 *ctx)
{
	struct found f = {};

	bpf_find_vma(bpf_get_current_task_btf(), 0x400000, vma_count, &f, 0);
	return 0;
}

SEC("tp_btf/sched_switch")
int find_vma_bad_ret(__u64 *ctx)
{
	bpf_find_vma(bpf_get_current_task_btf(), 0x400000, vma_bad_ret, 0, 0);
	return 0;
}

SEC("tp_btf/sched_switch")
int find_vma_write(__u64 *ctx)
{
	bpf_find_vma(bpf_get_current_task_btf(), 0x400000, vma_write, 0, 0);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
