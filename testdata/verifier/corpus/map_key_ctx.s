# type: socket_filter; maps: hash:4:8:16
	r2 = r1
	ld_pseudo r1, 1, 0
	call 1
	r0 = 0
	exit
