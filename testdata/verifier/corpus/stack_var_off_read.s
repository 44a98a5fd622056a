# type: socket_filter
	r1 = 0
	*(u64 *)(r10 - 16) = r1
	*(u64 *)(r10 - 8) = r1
	r3 = *(u32 *)(r1 + 0)
	r0 = 0
	exit
