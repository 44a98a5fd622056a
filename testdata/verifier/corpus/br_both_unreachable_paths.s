# type: socket_filter
	r0 = 3
	if r0 > 2 goto +1
	r0 = *(u64 *)(r10 - 8)
	exit
