# type: socket_filter; maps: array_of_maps:4:4:8(inner=array:4:8:1)
	r1 = 0
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -4
	ld_pseudo r1, 1, 0
	call 1
	if r0 == 0 goto +6
	r1 = r0
	r2 = r10
	r2 += -4
	r3 = 4
	r4 = 0
	call 130
	r0 = 0
	exit
