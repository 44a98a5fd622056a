# type: raw_tracepoint
	ld_pseudo r1, 3, 13786
	call 154
	r0 = *(u32 *)(r0 + 0)
	exit
