# type: socket_filter
	r1 += -4
	r0 = *(u32 *)(r1 + 4)
	exit
