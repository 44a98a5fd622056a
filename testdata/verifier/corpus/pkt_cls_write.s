# type: sched_cls
	r2 = *(u32 *)(r1 + 76)
	r3 = *(u32 *)(r1 + 80)
	r4 = r2
	r4 += 14
	r0 = 0
	if r4 > r3 goto +1
	*(u16 *)(r2 + 12) = 0
	exit
