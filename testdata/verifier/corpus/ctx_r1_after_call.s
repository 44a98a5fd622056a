# type: socket_filter
	call 7
	r0 = *(u32 *)(r1 + 0)
	exit
