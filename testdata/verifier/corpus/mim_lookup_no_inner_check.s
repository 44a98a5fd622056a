# type: socket_filter; maps: hash_of_maps:4:4:8(inner=hash:4:8:8)
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
	call 1
	r0 = *(u64 *)(r0 + 0)
	r0 = 0
	exit
