# type: raw_tracepoint
	r1 = 0
	r2 = 0
	call 153
	r0 = 0
	exit
