# type: socket_filter
	*(u64 *)(r10 - 8) = 42
	r0 = *(u64 *)(r10 - 8)
	exit
