# type: socket_filter
	r1 = 7
	*(u32 *)(r10 - 16) = r1
	r0 = *(u32 *)(r10 - 16)
	exit
