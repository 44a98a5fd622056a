# type: socket_filter
	r2 = 1
	*(u64 *)(r1 + 48) = r2
	r0 = 0
	exit
