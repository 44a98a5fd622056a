# type: socket_filter
	r2 = r10
	r2 += 0x40000000
	r0 = 0
	exit
