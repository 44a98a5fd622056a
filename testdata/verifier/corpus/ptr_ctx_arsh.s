# type: socket_filter
	r1 s>>= 2
	r0 = 0
	exit
