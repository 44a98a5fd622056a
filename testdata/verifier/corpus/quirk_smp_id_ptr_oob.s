# type: socket_filter
	call 8
	r7 = -39
	w7 -= w0
	r7 <<= r6
	r0 = 0
	exit
