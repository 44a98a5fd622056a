# type: socket_filter
	*(u32 *)(r10 + 0) = 42
	r0 = 0
	exit
