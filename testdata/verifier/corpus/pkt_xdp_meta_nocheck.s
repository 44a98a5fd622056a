# type: xdp
	r2 = *(u32 *)(r1 + 8)
	r0 = *(u32 *)(r2 + 0)
	exit
