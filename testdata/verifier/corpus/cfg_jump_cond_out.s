# type: socket_filter
	r0 = 0
	if r0 == 0 goto +7
	exit
