# type: sched_cls
	r2 = 1
	*(u16 *)(r1 + 16) = r2
	r0 = 0
	exit
