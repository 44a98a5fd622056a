# type: socket_filter
	r0 = r6
	exit
