# type: socket_filter
	r0 = r8
	exit
