# type: raw_tracepoint
	r0 = 0
	ld_pseudo r1, 3, 126610
	exit
