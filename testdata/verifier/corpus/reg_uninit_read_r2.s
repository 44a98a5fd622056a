# type: socket_filter
	r0 = r2
	exit
