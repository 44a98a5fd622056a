# type: socket_filter
	r3 = *(u64 *)(r1 + 152)
	r0 = 0
	exit
