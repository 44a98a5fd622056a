# type: raw_tracepoint; maps: array:4:64:1
	ld_pseudo r1, 2, 0
	r2 = 64
	r3 = r10
	r3 += -16
	r4 = 16
	r5 = 0
	call 149
	r0 = 0
	exit
