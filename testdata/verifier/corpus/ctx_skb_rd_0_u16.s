# type: socket_filter
	r0 = *(u16 *)(r1 + 0)
	exit
