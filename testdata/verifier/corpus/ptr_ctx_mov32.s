# type: socket_filter
	w2 = w1
	r0 = r2
	exit
