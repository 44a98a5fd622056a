# type: socket_filter
	call 158
	r0 = 0
	exit
