# type: raw_tracepoint
	ld_pseudo r2, 3, 108488
	r2 += 16
	r0 = *(u32 *)(r2 + 0)
	r0 = 0
	exit
