# type: raw_tracepoint
	r1 = r10
	r1 += -8
	r2 = 8
	ld_pseudo r3, 3, 108488
	call 113
	r0 = *(u64 *)(r10 - 8)
	r0 = 0
	exit
