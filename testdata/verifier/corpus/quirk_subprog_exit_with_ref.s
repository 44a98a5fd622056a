# type: socket_filter; maps: ringbuf:0:0:4096
	call f
	r0 = 0
	exit
f:
	ld_pseudo r1, 1, 0
	r2 = 8
	r3 = 0
	call 131
	r0 = 0
	exit
