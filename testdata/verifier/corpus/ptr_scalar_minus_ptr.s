# type: socket_filter
	r2 = 5
	r2 -= r1
	r0 = 0
	exit
