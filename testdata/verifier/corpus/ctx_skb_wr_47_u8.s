# type: socket_filter
	r2 = 1
	*(u8 *)(r1 + 47) = r2
	r0 = 0
	exit
