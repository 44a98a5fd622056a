# type: socket_filter
	r2 = *(u32 *)(r1 + 0)
	r0 = 0
	if r2 > 10 goto +2
	r0 = 1
	goto +1
	r0 = 2
	r0 += 1
	exit
