# type: socket_filter
	r0 = r7
	exit
