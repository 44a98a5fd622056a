# type: socket_filter
	*(u32 *)(r1 + 48) = r10
	r0 = 0
	exit
