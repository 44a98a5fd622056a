# type: raw_tracepoint; maps: hash:4:8:4
	ld_pseudo r1, 2, 0
	ld_pseudo r2, 3, 10671
	r0 = 0
	exit
