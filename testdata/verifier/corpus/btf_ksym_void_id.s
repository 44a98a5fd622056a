# type: raw_tracepoint
	ld_pseudo r1, 3, 0
	r0 = 0
	exit
