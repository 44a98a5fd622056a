# type: socket_filter; maps: queue:0:8:16
	r6 = r1
	r0 = 0
	*(u64 *)(r10 - 8) = r0
	*(u64 *)(r10 - 16) = r0
	*(u64 *)(r10 - 24) = r0
	*(u64 *)(r10 - 32) = r0
	*(u64 *)(r10 - 40) = r0
	*(u64 *)(r10 - 48) = r0
	*(u64 *)(r10 - 56) = r0
	*(u64 *)(r10 - 64) = r0
	ld_pseudo r1, 1, 0
	r2 = r10
	r2 += -16
	r3 = 0
	call 87
	r0 = 0
	exit
