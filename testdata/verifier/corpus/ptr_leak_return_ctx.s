# type: socket_filter
	r0 = r1
	exit
