# type: raw_tracepoint
	r2 = 8
	r3 = r10
	r3 += -16
	r4 = 16
	r5 = 0
	call 149
	r0 = 0
	exit
