# type: socket_filter
	w0 = -1
	w0 += 2
	w0 *= 3
	w0 >>= 1
	exit
