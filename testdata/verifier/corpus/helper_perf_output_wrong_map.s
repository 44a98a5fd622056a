# type: tracepoint; maps: hash:4:8:16
	r2 = 0
	*(u64 *)(r10 - 8) = r2
	r4 = r10
	r4 += -8
	r5 = 8
	r3 = 0
	ld_pseudo r2, 1, 0
	call 25
	r0 = 0
	exit
