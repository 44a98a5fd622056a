# type: socket_filter
	call 7
	r0 &= 1
	exit
