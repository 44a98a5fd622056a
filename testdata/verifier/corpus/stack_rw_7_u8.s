# type: socket_filter
	r1 = 7
	*(u8 *)(r10 - 7) = r1
	r0 = *(u8 *)(r10 - 7)
	exit
