# type: socket_filter; maps: hash_of_maps:8:4:16(inner=hash:4:16:32)
	r1 = 7
	*(u64 *)(r10 - 8) = r1
	r2 = r10
	r2 += -8
	ld_pseudo r1, 1, 0
	call 1
	if r0 == 0 goto +10
	r1 = r0
	r2 = 3
	*(u32 *)(r10 - 12) = r2
	r2 = r10
	r2 += -12
	call 1
	if r0 == 0 goto +3
	r1 = 1
	*(u64 *)(r0 + 8) = r1
	r0 = *(u32 *)(r0 + 12)
	r0 = 0
	exit
