# type: sched_cls
	r2 = *(u32 *)(r1 + 76)
	r0 = 0
	exit
