# type: socket_filter
	r0 = *(u32 *)(r1 + 0)
	exit
