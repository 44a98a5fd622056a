# type: socket_filter
	r1 = 7
	*(u64 *)(r10 - 8) = r1
	r0 = *(u64 *)(r10 - 8)
	exit
