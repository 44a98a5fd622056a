# type: socket_filter
	r6 = r1
	r1 = 0
	r2 = 0
	r3 = r10
	r3 += -8
	r4 = 8
	call 26
	r0 = 0
	exit
