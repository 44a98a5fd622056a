# type: socket_filter
	r0 = r9
	exit
