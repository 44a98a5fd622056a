# type: xdp
	r2 = *(u32 *)(r1 + 0)
	r3 = *(u32 *)(r1 + 4)
	r4 = r2
	r4 += 1
	r0 = 1
	if r4 > r3 goto +8
	r5 = *(u8 *)(r2 + 0)
	r5 &= 15
	r2 += r5
	r4 = r2
	r4 += 2
	if r4 > r3 goto +1
	r0 = *(u16 *)(r2 + 0)
	exit
