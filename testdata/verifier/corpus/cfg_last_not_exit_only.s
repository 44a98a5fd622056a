# type: socket_filter
	r0 = 0
