# writetrack: every write(2) with its result, written in bpf4j assembly (LLVM BPF syntax).
#
# sys_enter_write keeps {fd, count} in the hash map `inflight`, keyed by the caller's pid_tgid;
# sys_exit_write takes that entry back out, adds the return value and sends a 40-byte event
# through the ring buffer `events`:
#   +0  u32 pid (tgid)   +4  u32 fd   +8  u64 count   +16 s64 ret   +24 char comm[16]
# The tracer's own writes are left out (TRACER_TGID, bound by the loader to its process id):
# printing an event writes to stdout, which would otherwise report itself without end.
	.set	TRACER_TGID, 0

	.section	"tracepoint/syscalls/sys_enter_write","ax",@progbits
	.globl	write_enter
	.type	write_enter,@function
write_enter:
	r6 = r1
	call 14
	*(u64 *)(r10 - 8) = r0
	r0 >>= 32
	if r0 == TRACER_TGID goto .Lenter_out
# value at fp-24: fd (ctx+16), count (ctx+32)
	r1 = *(u64 *)(r6 + 16)
	*(u64 *)(r10 - 24) = r1
	r1 = *(u64 *)(r6 + 32)
	*(u64 *)(r10 - 16) = r1
# bpf_map_update_elem(&inflight, &pid_tgid, &value, BPF_ANY)
	r1 = inflight ll
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -24
	r4 = 0
	call 2
.Lenter_out:
	r0 = 0
	exit
.Lenter_end:
	.size	write_enter, .Lenter_end-write_enter

	.section	"tracepoint/syscalls/sys_exit_write","ax",@progbits
	.globl	write_exit
	.type	write_exit,@function
write_exit:
	r6 = r1
	call 14
	*(u64 *)(r10 - 8) = r0
	r7 = r0
	r7 >>= 32
# bpf_map_lookup_elem(&inflight, &pid_tgid): no entry means the enter was not seen
	r1 = inflight ll
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto .Lexit_out
# the event at fp-48
	*(u32 *)(r10 - 48) = r7
	r1 = *(u64 *)(r0 + 0)
	*(u32 *)(r10 - 44) = r1
	r1 = *(u64 *)(r0 + 8)
	*(u64 *)(r10 - 40) = r1
	r1 = *(u64 *)(r6 + 16)
	*(u64 *)(r10 - 32) = r1
	r1 = 0
	*(u64 *)(r10 - 24) = r1
	*(u64 *)(r10 - 16) = r1
	r1 = r10
	r1 += -24
	r2 = 16
	call 16
# bpf_map_delete_elem(&inflight, &pid_tgid): every enter is paired with exactly one exit
	r1 = inflight ll
	r2 = r10
	r2 += -8
	call 3
# bpf_ringbuf_output(&events, &event, 40, 0)
	r1 = events ll
	r2 = r10
	r2 += -48
	r3 = 40
	r4 = 0
	call 130
.Lexit_out:
	r0 = 0
	exit
.Lexit_end:
	.size	write_exit, .Lexit_end-write_exit

	.section	"license","aw",@progbits
	.globl	LICENSE
LICENSE:
	.asciz	"GPL"
	.size	LICENSE, 4
