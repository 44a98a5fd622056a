# type: socket_filter
	r2 = *(u32 *)(r1 + 0)
	r0 = 0
	if r2 & 4 goto +1
	r0 = 1
	exit
