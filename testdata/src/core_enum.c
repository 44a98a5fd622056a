// SPDX-License-Identifier: GPL-2.0
/* core_enum: enumerator existence and values as the target kernel defines them. */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>

/* A local flavor of bpf_map_type naming one enumerator the kernel never had. */
enum bpf_map_type___local {
	BPF_MAP_TYPE_HASH___local = 1,
	BPF_MAP_TYPE_BPF4J_NONE___local = 999,
};

__u32 has_ringbuf_helper;
__u32 has_arena_map;
__u32 has_made_up;
__u64 tgid_value;
__u64 ringbuf_output_id;
__u64 hash_value;

SEC("tracepoint/syscalls/sys_enter_getgid")
int enums(void *ctx)
{
	has_ringbuf_helper = bpf_core_enum_value_exists(enum bpf_func_id, BPF_FUNC_ringbuf_output);
	has_arena_map = bpf_core_enum_value_exists(enum bpf_map_type, BPF_MAP_TYPE_ARENA);
	has_made_up = bpf_core_enum_value_exists(enum bpf_map_type___local, BPF_MAP_TYPE_BPF4J_NONE___local);
	tgid_value = bpf_core_enum_value(enum pid_type, PIDTYPE_TGID);
	ringbuf_output_id = bpf_core_enum_value(enum bpf_func_id, BPF_FUNC_ringbuf_output);
	hash_value = bpf_core_enum_value(enum bpf_map_type___local, BPF_MAP_TYPE_HASH___local);
	return 0;
}

char LICENSE[] SEC("license") = "GPL";
