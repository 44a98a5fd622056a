# type: socket_filter
	r1 = 0
	*(u8 *)(r10 - 513) = r1
	r0 = 0
	exit
