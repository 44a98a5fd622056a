# type: socket_filter
	r0 = 6
	r0 *= 7
	r0 /= 3
	exit
