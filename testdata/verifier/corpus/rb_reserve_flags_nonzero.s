# type: socket_filter; maps: ringbuf:0:0:4096
	ld_pseudo r1, 1, 0
	r2 = 8
	r3 = 1
	call 131
	if r0 == 0 goto +3
	r1 = r0
	r2 = 0
	call 133
	r0 = 0
	exit
