# type: socket_filter; maps: ringbuf:0:0:4096
	r1 = 0
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -4
	ld_pseudo r1, 1, 0
	call 1
	r0 = 0
	exit
