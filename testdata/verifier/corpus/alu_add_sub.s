# type: socket_filter
	r0 = 5
	r0 += 7
	r0 -= 2
	exit
