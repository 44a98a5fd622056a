# type: sched_cls
	r6 = r1
	r1 = *(u64 *)(r6 + 168)
	if r1 == 0 goto +2
	r0 = 0
	*(u32 *)(r1 + 4) = r0
	r0 = 0
	exit
