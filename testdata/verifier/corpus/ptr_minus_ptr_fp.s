# type: socket_filter
	r2 = r10
	r2 += -8
	r3 = r10
	r3 -= r2
	r0 = r3
	exit
