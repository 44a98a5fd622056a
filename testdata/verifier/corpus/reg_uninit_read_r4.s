# type: socket_filter
	r0 = r4
	exit
