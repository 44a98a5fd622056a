# type: socket_filter
	r1 = 0
	*(u64 *)(r10 - 8) = r1
	r10 = *(u64 *)(r10 - 8)
	r0 = 0
	exit
