# type: raw_tracepoint
	call 5
	r2 = r0
	r2 &= 63
	r1 = r10
	r1 += -80
	r3 = r10
	r3 += -16
	r4 = 16
	r5 = 0
	call 149
	r0 = 0
	exit
