# type: socket_filter; maps: array_of_maps:4:4:8(inner=array:4:8:1), hash:4:8:4
	r1 = 0
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -4
	ld_pseudo r1, 1, 0
	call 1
	r2 = r0
	ld_pseudo r1, 1, 1
	call 1
	r0 = 0
	exit
