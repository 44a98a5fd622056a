// SPDX-License-Identifier: GPL-2.0
/* core_read_chain: multi-hop BPF_CORE_READ chains from the current task (parent,
 * grandparent, executable's dentry name, nested struct members), each hop relocated. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

struct lineage {
	__u32 pid;
	__u32 ppid;
	__u32 gppid;
	__u32 parent_uid;
	__u64 start_time;
	char exe[32];
	char comm[16];
};

struct lineage last;

SEC("raw_tp/sched_process_exec")
int on_exec(void *ctx)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	const unsigned char *name;

	last.pid = BPF_CORE_READ(task, tgid);
	last.ppid = BPF_CORE_READ(task, real_parent, tgid);
	last.gppid = BPF_CORE_READ(task, real_parent, real_parent, tgid);
	last.parent_uid = BPF_CORE_READ(task, real_parent, cred, uid.val);
	BPF_CORE_READ_INTO(&last.start_time, task, start_time);
	name = BPF_CORE_READ(task, mm, exe_file, f_path.dentry, d_name.name);
	bpf_probe_read_kernel_str(last.exe, sizeof(last.exe), name);
	BPF_CORE_READ_STR_INTO(&last.comm, task, comm);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
