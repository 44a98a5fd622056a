# type: xdp
	r6 = r1
	r2 = *(u32 *)(r1 + 0)
	r3 = *(u32 *)(r1 + 4)
	r4 = r2
	r4 += 12
	if r4 > r3 goto +8
	r1 = r6
	r3 = 12
	r4 = 0
	r5 = 0
	call 84
	if r0 == 0 goto +2
	r1 = r0
	call 86
	r0 = 2
	exit
