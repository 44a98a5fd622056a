# type: socket_filter
	r8 = *(u32 *)(r1 + 0)
	w8 |= 2
	if w8 == 0x1 goto +2
	r0 = 0
	exit
	r0 = *(u64 *)(r10 + 8)
	exit
