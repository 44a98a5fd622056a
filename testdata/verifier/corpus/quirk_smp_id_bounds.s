# type: socket_filter
	call 8
	r1 = r10
	r1 += -16
	r1 += r0
	r2 = 0
	*(u8 *)(r1 + 0) = r2
	r0 = 0
	exit
