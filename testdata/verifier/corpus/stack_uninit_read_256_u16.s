# type: socket_filter
	r0 = *(u16 *)(r10 - 256)
	exit
