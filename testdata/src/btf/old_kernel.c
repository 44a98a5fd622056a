// SPDX-License-Identifier: Apache-2.0
/* A made-up "old kernel" target BTF for CO-RE tests: task_struct as it looked before Linux
 * 5.14 renamed `state` to `__state`, at offsets unlike 6.18's, and without loginuid.
 * Compiled with clang -g -target bpf so that its .BTF section holds these types; loadlog
 * obj --btf build/btf/old_kernel.o relocates programs against it. Not a real kernel layout. */
typedef int pid_t;
typedef unsigned int uid_t;

struct mm_struct {
	unsigned long total_vm;
	unsigned long rss_stat[4];
};

struct task_struct {
	volatile long state;
	void *stack;
	unsigned int flags;
	int prio;
	struct mm_struct *mm;
	int exit_code;
	pid_t pid;
	pid_t tgid;
	struct task_struct *real_parent;
	char comm[16];
};

/* globals make clang emit the types into BTF */
struct task_struct bpf4j_task;
struct mm_struct bpf4j_mm;
