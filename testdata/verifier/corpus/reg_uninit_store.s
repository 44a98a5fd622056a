# type: socket_filter
	*(u64 *)(r10 - 8) = r7
	r0 = 0
	exit
