# type: raw_tracepoint
	r1 = r10
	r1 += -80
	r2 = 64
	r3 = r10
	r3 += -16
	r4 = 32
	r5 = 0
	call 149
	r0 = 0
	exit
