# type: raw_tracepoint
	ld_pseudo r1, 3, 108488
	r0 = 0
	exit
