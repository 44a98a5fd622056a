# type: socket_filter; maps: hash:4:8:16
	ld_pseudo r1, 1, 0
	r2 = 8
	r3 = 0
	call 131
	r0 = 0
	exit
