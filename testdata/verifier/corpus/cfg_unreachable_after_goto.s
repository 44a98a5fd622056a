# type: socket_filter
	r0 = 0
	goto +1
	r0 = 1
	exit
