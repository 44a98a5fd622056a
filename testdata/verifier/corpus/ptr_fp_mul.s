# type: socket_filter
	r2 = r10
	r2 *= 2
	r0 = 0
	exit
