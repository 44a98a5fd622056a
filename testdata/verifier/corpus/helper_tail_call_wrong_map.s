# type: socket_filter; maps: hash:4:8:16
	ld_pseudo r2, 1, 0
	r3 = 0
	call 12
	r0 = 0
	exit
