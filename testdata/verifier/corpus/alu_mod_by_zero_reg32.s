# type: socket_filter
	w0 = 9
	w1 = 0
	w0 %= w1
	exit
