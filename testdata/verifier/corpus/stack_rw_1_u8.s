# type: socket_filter
	r1 = 7
	*(u8 *)(r10 - 1) = r1
	r0 = *(u8 *)(r10 - 1)
	exit
