# execsnoop: one event per execve(2), written in bpf4j assembly (LLVM BPF syntax).
#
# Attached to the tracepoint syscalls/sys_enter_execve. The event is 160 bytes on the stack:
#   fp-160  u32 pid        (tgid of the caller)
#   fp-156  u32 ppid       (task->real_parent->tgid)
#   fp-152  u32 uid
#   fp-148  u32 (padding)
#   fp-144  char comm[16]
#   fp-128  char filename[128]
# and goes to user space through the perf event array `events`.
#
# The kernel-structure offsets are CO-RE references: core(task_struct, real_parent) assembles to the
# offset in the BTF given to the assembler (bpf4j asm --btf, default /sys/kernel/btf/vmlinux) and is
# written to .BTF.ext, so that a loader (bpf4j, libbpf) patches in the offset of the kernel it loads on,
# exactly as for clang's BPF_CORE_READ(task, real_parent, tgid). The context is the tracepoint's
# struct trace_event_raw_sys_enter, whose args[0] is the file name pointer.
#
# The map is declared with .bpf_map (name, type, key size, value size, max entries): the object gets
# libbpf's BTF-defined map for it, so libbpf and bpftool load the object as they load clang's.
	.bpf_map	events, perf_event_array, 4, 4, 0

	.section	"tracepoint/syscalls/sys_enter_execve","ax",@progbits
	.globl	execsnoop
	.type	execsnoop,@function
execsnoop:
	r6 = r1
	r1 = 0
# clear the event so that every byte handed to perf_event_output is initialized
	*(u64 *)(r10 - 160) = r1
	*(u64 *)(r10 - 152) = r1
	*(u64 *)(r10 - 144) = r1
	*(u64 *)(r10 - 136) = r1
	*(u64 *)(r10 - 128) = r1
	*(u64 *)(r10 - 120) = r1
	*(u64 *)(r10 - 112) = r1
	*(u64 *)(r10 - 104) = r1
	*(u64 *)(r10 - 96) = r1
	*(u64 *)(r10 - 88) = r1
	*(u64 *)(r10 - 80) = r1
	*(u64 *)(r10 - 72) = r1
	*(u64 *)(r10 - 64) = r1
	*(u64 *)(r10 - 56) = r1
	*(u64 *)(r10 - 48) = r1
	*(u64 *)(r10 - 40) = r1
	*(u64 *)(r10 - 32) = r1
	*(u64 *)(r10 - 24) = r1
	*(u64 *)(r10 - 16) = r1
	*(u64 *)(r10 - 8) = r1
# pid: the upper half of bpf_get_current_pid_tgid()
	call 14
	r0 >>= 32
	*(u32 *)(r10 - 160) = r0
# uid: the lower half of bpf_get_current_uid_gid()
	call 15
	*(u32 *)(r10 - 152) = r0
# ppid: bpf_probe_read_kernel(&parent, 8, &task->real_parent), then (&ppid, 4, &parent->tgid)
	call 35
	r3 = r0
	r3 += core(task_struct, real_parent)
	r1 = r10
	r1 += -8
	r2 = 8
	call 113
	r3 = *(u64 *)(r10 - 8)
	r3 += core(task_struct, tgid)
	r1 = r10
	r1 += -156
	r2 = 4
	call 113
	r1 = 0
	*(u64 *)(r10 - 8) = r1
# comm: bpf_get_current_comm(&comm, 16)
	r1 = r10
	r1 += -144
	r2 = 16
	call 16
# filename: bpf_probe_read_user_str(&filename, 128, ctx->filename)
	r3 = *(u64 *)(r6 + core(trace_event_raw_sys_enter, args[0]))
	r1 = r10
	r1 += -128
	r2 = 128
	call 114
# bpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, &event, 160)
	r1 = r6
	r2 = events ll
	r3 = 4294967295 ll
	r4 = r10
	r4 += -160
	r5 = 160
	call 25
	r0 = 0
	exit
.Lfunc_end0:
	.size	execsnoop, .Lfunc_end0-execsnoop

	.section	"license","aw",@progbits
	.globl	LICENSE
LICENSE:
	.asciz	"GPL"
	.size	LICENSE, 4
