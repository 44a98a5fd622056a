# type: socket_filter; maps: array_of_maps:4:4:8(inner=percpu_array:4:16:4)
	r1 = 3
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -4
	ld_pseudo r1, 1, 0
	call 1
	if r0 == 0 goto +9
	*(u64 *)(r10 - 16) = r0
	call 7
	r1 = *(u64 *)(r10 - 16)
	r2 = r10
	r2 += -4
	call 1
	if r0 == 0 goto +2
	r1 = *(u64 *)(r0 + 8)
	*(u64 *)(r0 + 0) = r1
	r0 = 0
	exit
