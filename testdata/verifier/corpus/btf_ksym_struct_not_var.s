# type: raw_tracepoint
	ld_pseudo r1, 3, 114
	r0 = 0
	exit
