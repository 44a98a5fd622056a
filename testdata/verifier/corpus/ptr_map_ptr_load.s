# type: socket_filter; maps: hash:4:8:16
	ld_pseudo r1, 1, 0
	r0 = *(u64 *)(r1 + 0)
	exit
