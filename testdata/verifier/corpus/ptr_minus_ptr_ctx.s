# type: socket_filter
	r2 = r1
	r2 -= r1
	r0 = r2
	exit
