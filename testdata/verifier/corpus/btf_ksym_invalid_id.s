# type: raw_tracepoint
	ld_pseudo r1, 3, 9999999
	r0 = 0
	exit
