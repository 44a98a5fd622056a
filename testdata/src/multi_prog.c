// SPDX-License-Identifier: GPL-2.0
/* multi_prog: what libbpf has to link beyond maps and CO-RE. A static subprogram in .text
 * shared by two programs (libbpf appends a copy to each), a bpf_loop() callback (an ld_imm64
 * of a function, src_reg 4), Kconfig externs (resolved into a .kconfig map), a typed ksym
 * (per-CPU runqueues, in a program of its own), a weak ksym that may be absent, and custom .data/.rodata sections. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

extern unsigned int LINUX_KERNEL_VERSION __kconfig;
extern bool CONFIG_BPF_SYSCALL __kconfig __weak;
extern int CONFIG_HZ __kconfig __weak;
extern const struct rq runqueues __ksym;
extern const int bpf4j_no_such_symbol __ksym __weak;

/* custom sections: each becomes its own global-data map */
__u64 hits[2] SEC(".data.hits") = { 0, 0 };
const volatile char tag[8] SEC(".rodata.tag") = "bpf4j";

__u32 kernel_version;
__u32 hz;
__u32 has_syscall;
__u32 has_missing_symbol;
__u64 nr_running_sum;
__u64 loop_sum;

static __noinline __u64 bump(__u32 which)
{
	if (which > 1)
		return 0;
	return __sync_fetch_and_add(&hits[which], 1) + 1;
}

struct loop_ctx {
	__u64 sum;
	__u32 limit;
};

static long add_index(__u32 index, void *data)
{
	struct loop_ctx *c = data;
	c->sum += index;
	return index + 1 >= c->limit; /* 1 stops the loop */
}

SEC("raw_tp/sys_enter")
int on_enter(void *ctx)
{
	struct loop_ctx c = { .sum = 0, .limit = 16 };

	bump(0);
	kernel_version = LINUX_KERNEL_VERSION;
	has_syscall = CONFIG_BPF_SYSCALL;
	hz = CONFIG_HZ;
	has_missing_symbol = &bpf4j_no_such_symbol != 0;
	bpf_loop(64, add_index, &c, 0);
	loop_sum = c.sum;
	return 0;
}

SEC("raw_tp/sys_exit")
int on_exit(void *ctx)
{
	bump(tag[0] == 'b' ? 1 : 0);
	return 0;
}

/* A typed ksym of a per-CPU variable (ld_imm64 src_reg 3 with the variable's vmlinux BTF id).
 * The reference kernel refuses it (ENOENT: its kallsyms has no address for 'runqueues');
 * kept because the relocation is what the loader work needs. */
SEC("raw_tp/sched_switch")
int rq_running(void *ctx)
{
	__u32 cpu = bpf_get_smp_processor_id();
	struct rq *rq = bpf_per_cpu_ptr(&runqueues, cpu);

	if (rq)
		nr_running_sum += rq->nr_running;
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
