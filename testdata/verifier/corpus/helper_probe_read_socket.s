# type: socket_filter
	r3 = 0
	r1 = r10
	r1 += -8
	r2 = 8
	call 113
	r0 = 0
	exit
