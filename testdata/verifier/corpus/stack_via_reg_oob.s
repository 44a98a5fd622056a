# type: socket_filter
	r2 = r10
	r2 += -16
	r1 = 3
	*(u64 *)(r2 + 16) = r1
	r0 = 0
	exit
