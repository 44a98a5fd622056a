# type: socket_filter
	r1 = 0
	exit
