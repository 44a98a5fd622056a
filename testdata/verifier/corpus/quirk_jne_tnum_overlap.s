# type: socket_filter
	r8 = *(u32 *)(r1 + 0)
	r8 |= 1
	if r8 != 0xfe goto +1
	r0 = *(u64 *)(r10 + 8)
	r0 = 0
	exit
