# type: socket_filter; maps: hash:4:8:16
	r2 = 0
	*(u64 *)(r10 - 8) = r2
	r2 = r10
	r2 += -8
	r3 = 8
	r4 = 0
	ld_pseudo r1, 1, 0
	call 130
	r0 = 0
	exit
