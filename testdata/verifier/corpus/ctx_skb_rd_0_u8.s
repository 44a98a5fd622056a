# type: socket_filter
	r0 = *(u8 *)(r1 + 0)
	exit
