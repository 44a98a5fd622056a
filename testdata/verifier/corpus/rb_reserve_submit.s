# type: socket_filter; maps: ringbuf:0:0:4096
	ld_pseudo r1, 1, 0
	r2 = 8
	r3 = 0
	call 131
	if r0 == 0 goto +4
	r1 = 5
	*(u64 *)(r0 + 0) = r1
	r1 = r0
	r2 = 0
	call 132
	r0 = 0
	exit
