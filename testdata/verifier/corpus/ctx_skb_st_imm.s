# type: socket_filter
	*(u32 *)(r1 + 48) = 5
	r0 = 0
	exit
