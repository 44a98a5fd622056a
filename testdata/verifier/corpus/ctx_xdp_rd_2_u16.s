# type: xdp
	r2 = *(u16 *)(r1 + 2)
	r0 = 0
	exit
