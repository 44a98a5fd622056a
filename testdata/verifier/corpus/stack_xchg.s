# type: socket_filter
	r1 = 1
	*(u32 *)(r10 - 8) = r1
	w1 = xchg32_32(r10 - 8, w1)
	r0 = r1
	exit
