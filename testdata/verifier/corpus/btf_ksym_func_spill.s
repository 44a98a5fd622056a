# type: raw_tracepoint
	ld_pseudo r1, 3, 75999
	*(u64 *)(r10 - 8) = r1
	call 7
	r2 = *(u64 *)(r10 - 8)
	r0 = *(u8 *)(r2 + 0)
	exit
