# type: xdp
	r2 = *(u32 *)(r1 + 0)
	r3 = *(u32 *)(r1 + 4)
	r4 = *(u8 *)(r2 + 0)
	r0 = 1
	exit
