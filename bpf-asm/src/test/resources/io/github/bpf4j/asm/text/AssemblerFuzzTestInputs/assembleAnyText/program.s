	.text
	.globl f
f:
	r1 = map ll
	call 1
	if r0 == 0 goto LBB0_2
	r0 = *(u32 *)(r0 + 0)
LBB0_2:
	exit
