# type: socket_filter
	r1 = 0
	*(u16 *)(r10 - 1) = r1
	r0 = 0
	exit
