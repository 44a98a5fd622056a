// SPDX-License-Identifier: GPL-2.0
/* core_signed: signed and unsigned fields of several widths read with CO-RE, and the
 * signedness/size the target reports for them (FIELD_SIGNED, FIELD_BYTE_SIZE). */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

__s64 prio;            /* int */
__u64 flags;           /* unsigned int */
__s64 exit_signal;     /* int */
__u64 family;          /* sock_common.skc_family: unsigned short */
__s64 sk_err;          /* sock.sk_err: int */
__u64 sk_protocol;     /* sock.sk_protocol: u16 */
__u32 prio_signed;
__u32 flags_signed;
__u32 family_signed;
__u32 family_size;

SEC("tracepoint/syscalls/sys_enter_getsid")
int signs(void *ctx)
{
	struct task_struct *task = (struct task_struct *)bpf_get_current_task();
	struct sock *sk = 0;

	prio = BPF_CORE_READ(task, prio);
	flags = BPF_CORE_READ(task, flags);
	exit_signal = BPF_CORE_READ(task, exit_signal);
	prio_signed = __builtin_preserve_field_info(task->prio, BPF_FIELD_SIGNED);
	flags_signed = __builtin_preserve_field_info(task->flags, BPF_FIELD_SIGNED);

	/* the task's first open file as a socket: only the relocations matter, a failed
	 * probe read leaves zeros */
	struct file **fds = BPF_CORE_READ(task, files, fdt, fd);
	struct file *f = 0;
	bpf_probe_read_kernel(&f, sizeof(f), fds);
	if (f) {
		struct socket *sock = BPF_CORE_READ(f, private_data);
		sk = BPF_CORE_READ(sock, sk);
	}
	if (sk) {
		family = BPF_CORE_READ(sk, __sk_common.skc_family);
		sk_err = BPF_CORE_READ(sk, sk_err);
		sk_protocol = BPF_CORE_READ(sk, sk_protocol);
	}
	family_signed = __builtin_preserve_field_info(sk->__sk_common.skc_family, BPF_FIELD_SIGNED);
	family_size = __builtin_preserve_field_info(sk->__sk_common.skc_family, BPF_FIELD_BYTE_SIZE);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
