# type: socket_filter
	r0 = *(u32 *)(r1 + 0)
	r2 = 1
	r2 <<= r0
	r0 = r2
	exit
