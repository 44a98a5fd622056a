# type: socket_filter
	w0 = 1
	w0 <<= 32
	exit
