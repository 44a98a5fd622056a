# type: socket_filter
	r0 = 5
	r0 = -r0
	w0 = -w0
	exit
