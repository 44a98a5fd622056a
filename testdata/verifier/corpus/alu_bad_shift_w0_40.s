# type: socket_filter
	w0 = 1
	w0 <<= 40
	exit
