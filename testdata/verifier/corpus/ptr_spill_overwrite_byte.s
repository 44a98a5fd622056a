# type: socket_filter
	*(u64 *)(r10 - 8) = r1
	r2 = 0
	*(u8 *)(r10 - 8) = r2
	r3 = *(u64 *)(r10 - 8)
	r0 = *(u32 *)(r3 + 0)
	exit
