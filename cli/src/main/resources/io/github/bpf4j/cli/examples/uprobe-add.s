# uprobe-add: the arguments and the result of `int add(int a, int b)` in a user program, written in bpf4j
# assembly (LLVM BPF syntax). A uprobe on entry and a uretprobe on return each send a 24-byte event through
# the ring buffer `events`:
#   +0  u32 pid (tgid)   +4  u32 kind (0 entry, 1 return)   +8  s64 first value   +16 s64 second value
# The context is the probed task's struct pt_regs (x86-64): the first two arguments are in di (+112) and
# si (+104), the return value in ax (+80). A context load needs a constant offset (LLVM accepts no symbol
# there), so the numbers are written out; the loader checks them against the running kernel's BTF.

	.section	"uprobe","ax",@progbits
	.globl	add_entry
	.type	add_entry,@function
add_entry:
	r6 = r1
	call 14
	r0 >>= 32
	*(u32 *)(r10 - 24) = r0
	r1 = 0
	*(u32 *)(r10 - 20) = r1
	r1 = *(u64 *)(r6 + 112)
	*(u64 *)(r10 - 16) = r1
	r1 = *(u64 *)(r6 + 104)
	*(u64 *)(r10 - 8) = r1
# bpf_ringbuf_output(&events, &event, 24, 0)
	r1 = events ll
	r2 = r10
	r2 += -24
	r3 = 24
	r4 = 0
	call 130
	r0 = 0
	exit
.Lentry_end:
	.size	add_entry, .Lentry_end-add_entry

	.section	"uretprobe","ax",@progbits
	.globl	add_return
	.type	add_return,@function
add_return:
	r6 = r1
	call 14
	r0 >>= 32
	*(u32 *)(r10 - 24) = r0
	r1 = 1
	*(u32 *)(r10 - 20) = r1
	r1 = *(u64 *)(r6 + 80)
	*(u64 *)(r10 - 16) = r1
	r1 = 0
	*(u64 *)(r10 - 8) = r1
	r1 = events ll
	r2 = r10
	r2 += -24
	r3 = 24
	r4 = 0
	call 130
	r0 = 0
	exit
.Lreturn_end:
	.size	add_return, .Lreturn_end-add_return

	.section	"license","aw",@progbits
	.globl	LICENSE
LICENSE:
	.asciz	"GPL"
	.size	LICENSE, 4
