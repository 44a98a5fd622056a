# type: socket_filter
	r1 = 7
	*(u64 *)(r10 - 512) = r1
	r0 = *(u64 *)(r10 - 512)
	exit
