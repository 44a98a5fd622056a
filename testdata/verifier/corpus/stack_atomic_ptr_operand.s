# type: socket_filter
	r2 = 1
	*(u64 *)(r10 - 8) = r2
	lock *(u64 *)(r10 - 8) += r1
	r0 = 0
	exit
