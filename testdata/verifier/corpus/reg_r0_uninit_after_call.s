# type: socket_filter
	r0 = 1
	r1 = r0
	exit
