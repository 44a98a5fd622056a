# type: socket_filter; maps: hash:4:8:16
	ld_pseudo r1, 2, 0
	r0 = 0
	exit
