# type: raw_tracepoint
	ld_pseudo r6, 3, 75999
	r1 = 0
	*(u8 *)(r6 + 0) = r1
	r0 = 0
	exit
