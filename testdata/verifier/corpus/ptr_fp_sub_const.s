# type: socket_filter
	r2 = r10
	r2 -= 16
	r1 = 0
	*(u64 *)(r2 + 0) = r1
	r0 = *(u64 *)(r2 + 0)
	exit
