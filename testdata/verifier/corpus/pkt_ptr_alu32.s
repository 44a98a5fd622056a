# type: xdp
	r2 = *(u32 *)(r1 + 0)
	r3 = *(u32 *)(r1 + 4)
	w2 += 1
	r0 = 1
	exit
