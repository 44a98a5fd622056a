# type: socket_filter; maps: array_of_maps:4:4:8(inner=hash:4:8:16)
	r1 = 0
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -4
	ld_pseudo r1, 1, 0
	call 1
	if r0 == 0 goto +9
	r1 = r0
	r2 = 99
	*(u64 *)(r10 - 16) = r2
	r2 = r10
	r2 += -4
	r3 = r10
	r3 += -16
	r4 = 0
	call 2
	r0 = 0
	exit
