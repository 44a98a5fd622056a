# type: socket_filter; maps: hash:4:8:16
	r1 = 0
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -4
	ld_pseudo r1, 1, 0
	call 1
	r6 = r0
	if r6 == 0 goto +3
	r1 = *(u64 *)(r6 + 0)
	if r6 == 0 goto +1
	r1 = *(u64 *)(r6 + 0)
	r0 = 0
	exit
