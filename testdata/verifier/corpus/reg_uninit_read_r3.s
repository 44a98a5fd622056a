# type: socket_filter
	r0 = r3
	exit
