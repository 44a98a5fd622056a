# type: socket_filter
	r1 = 1
	*(u64 *)(r10 - 8) = r1
	r0 = cmpxchg_64(r10 - 8, r0, r1)
	exit
