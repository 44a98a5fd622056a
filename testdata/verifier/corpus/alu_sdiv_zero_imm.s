# type: socket_filter
	r0 = 1
	r0 s/= 0
	exit
