# type: raw_tracepoint
	r1 = r10
	r1 += -80
	r2 = 0
	r3 = r10
	r3 += -16
	r4 = 16
	r5 = 0
	call 149
	r0 = 0
	exit
