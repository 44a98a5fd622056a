# type: socket_filter
	r2 = r10
	r2 += -0x20000001
	r0 = 0
	exit
