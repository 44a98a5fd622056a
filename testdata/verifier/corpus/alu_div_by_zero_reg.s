# type: socket_filter
	r0 = 9
	r1 = 0
	r0 /= r1
	exit
