# type: raw_tracepoint
	call 35
	*(u64 *)(r10 - 16) = r0
	r1 = 114
	*(u32 *)(r10 - 8) = r1
	r1 = 1
	*(u32 *)(r10 - 4) = r1
	r1 = r10
	r1 += -80
	r2 = 64
	r3 = r10
	r3 += -16
	r4 = 16
	r5 = 0
	call 149
	r0 = *(u64 *)(r10 - 80)
	r0 = 0
	exit
