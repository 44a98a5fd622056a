# type: socket_filter
	r2 = *(u32 *)(r1 + 0)
	r3 = *(u32 *)(r1 + 4)
	r0 = 0
	if r2 == 0 goto +1
	r4 = 1
	if r3 == 0 goto +1
	r5 = 1
	exit
