# type: socket_filter
	r1 = 7
	*(u16 *)(r10 - 2) = r1
	r0 = *(u16 *)(r10 - 2)
	exit
