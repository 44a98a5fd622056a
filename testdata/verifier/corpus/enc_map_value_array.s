# type: socket_filter; maps: array:4:16:4
	ld_pseudo r1, 2, 0
	r0 = *(u64 *)(r1 + 8)
	exit
