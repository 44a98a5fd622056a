# type: socket_filter
	r0 = r5
	exit
