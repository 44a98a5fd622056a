# type: socket_filter
	r3 = *(u64 *)(r1 + 168)
	r0 = 0
	exit
