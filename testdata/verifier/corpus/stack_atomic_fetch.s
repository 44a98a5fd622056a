# type: socket_filter
	r1 = 1
	*(u64 *)(r10 - 8) = r1
	r1 = atomic_fetch_add((u64 *)(r10 - 8), r1)
	r0 = r1
	exit
