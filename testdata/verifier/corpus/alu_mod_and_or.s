# type: socket_filter
	r0 = 100
	r0 %= 7
	r0 &= 3
	r0 |= 8
	exit
