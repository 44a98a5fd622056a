# type: socket_filter
	r3 = *(u32 *)(r1 + 0)
	r2 = r10
	r2 += r3
	r0 = 0
	exit
