# type: tracepoint
	r1 = r10
	r1 += -8
	r2 = 8
	call 6
	r0 = 0
	exit
