# type: raw_tracepoint
	r1 = 0
	*(u64 *)(r10 - 16) = r1
	*(u64 *)(r10 - 8) = r1
	ld_pseudo r1, 3, 108488
	r2 = 8
	r3 = r10
	r3 += -16
	r4 = 16
	r5 = 0
	call 149
	r0 = 0
	exit
