# type: socket_filter
	r4 += 1
	r0 = 0
	exit
