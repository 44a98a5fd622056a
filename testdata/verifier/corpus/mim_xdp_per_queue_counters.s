# type: xdp; maps: array_of_maps:4:4:64(inner=percpu_array:4:8:4)
	r2 = *(u32 *)(r1 + 16)
	r2 &= 63
	*(u32 *)(r10 - 4) = r2
	r2 = r10
	r2 += -4
	ld_pseudo r1, 1, 0
	call 1
	if r0 == 0 goto +9
	r1 = r0
	r2 = 2
	*(u32 *)(r10 - 8) = r2
	r2 = r10
	r2 += -8
	call 1
	if r0 == 0 goto +2
	r1 = 1
	lock *(u64 *)(r0 + 0) += r1
	r0 = 2
	exit
