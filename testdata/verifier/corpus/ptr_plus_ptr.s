# type: socket_filter
	r2 = r10
	r1 += r2
	r0 = 0
	exit
