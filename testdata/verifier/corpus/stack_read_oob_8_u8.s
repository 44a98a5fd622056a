# type: socket_filter
	r0 = *(u8 *)(r10 + 8)
	exit
