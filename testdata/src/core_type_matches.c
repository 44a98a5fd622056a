// SPDX-License-Identifier: GPL-2.0
/* core_type_matches: local shapes compared with the kernel's (TYPE_MATCHES relocation). */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

/* same shape as the kernel's list_head */
struct list_head___same {
	struct list_head___same *next, *prev;
};

/* a member the kernel's list_head does not have */
struct list_head___extra {
	struct list_head___extra *next, *prev;
	int bpf4j_extra;
};

/* kernel's callback_head: next pointer and a function pointer */
struct callback_head___mine {
	struct callback_head___mine *next;
	void (*func)(struct callback_head___mine *);
};

/* kernel's pid_type enum, two names only: enumerators present in the kernel match */
enum pid_type___subset {
	PIDTYPE_PID___subset = 0,
	PIDTYPE_TGID___subset = 1,
};

__u32 same_matches;
__u32 extra_matches;
__u32 callback_matches;
__u32 enum_matches;

SEC("tracepoint/syscalls/sys_enter_getuid")
int matches(void *ctx)
{
	same_matches = bpf_core_type_matches(struct list_head___same);
	extra_matches = bpf_core_type_matches(struct list_head___extra);
	callback_matches = bpf_core_type_matches(struct callback_head___mine);
	enum_matches = bpf_core_type_matches(enum pid_type___subset);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
