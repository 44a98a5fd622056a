# type: socket_filter; maps: ringbuf:0:0:4096
	r2 = *(u32 *)(r1 + 0)
	ld_pseudo r1, 1, 0
	r3 = 0
	call 131
	if r0 == 0 goto +3
	r1 = r0
	r2 = 0
	call 132
	r0 = 0
	exit
