# type: socket_filter; maps: array_of_maps:4:4:2(inner=ringbuf:0:0:4096)
	r1 = 1
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -4
	ld_pseudo r1, 1, 0
	call 1
	if r0 == 0 goto +10
	r1 = r0
	r2 = 16
	r3 = 0
	call 131
	if r0 == 0 goto +5
	r1 = 42
	*(u64 *)(r0 + 8) = r1
	r1 = r0
	r2 = 0
	call 132
	r0 = 0
	exit
