# .set and .equ define absolute symbols (SHN_ABS, local unless declared global) that read as constants wherever
# an immediate goes; .comm declares a common block. bpf4j assembles this to what llvm-mc-19 writes.
	.set	TASK_REAL_PARENT, 1280
	.equ	TASK_TGID, 1268
	.set	SUM, TASK_REAL_PARENT + TASK_TGID * 2 - 0x10
	.globl	EXPORTED
	.set	EXPORTED, -7
	.text
	.globl	prog
	.type	prog,@function
prog:
	r3 += TASK_REAL_PARENT
	w1 = TASK_TGID
	r2 = SUM ll
	r4 = EXPORTED
	if r1 > TASK_TGID goto LBB0_2
	*(u32 *)(r10 - 8) = TASK_TGID
	call TASK_REAL_PARENT - 1200
LBB0_2:
	.set	AGAIN, 1
	r0 = AGAIN
	.set	AGAIN, 2
	r0 += AGAIN
	exit
end:
	.set	PROG_SIZE, end - prog
	.size	prog, PROG_SIZE
	.data
	.long	SUM
	.quad	PROG_SIZE
	.byte	AGAIN
	.comm	buf, 16, 8
	.comm	small, 3
	.text
	r1 = buf ll
	exit
