# type: socket_filter
	r2 = 0
	r3 = r10
	r3 += -8
	r4 = 8
	call 26
	r0 = *(u64 *)(r10 - 8)
	exit
