# type: socket_filter
	r6 = r1
	call 7
	r0 = *(u32 *)(r6 + 0)
	exit
