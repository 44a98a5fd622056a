# type: raw_tracepoint
	r2 = r10
	r2 += -16
	r3 = 16
	r4 = 0
	call 150
	r0 = 0
	exit
