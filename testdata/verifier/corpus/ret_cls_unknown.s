# type: sched_cls
	r0 = *(u32 *)(r1 + 0)
	exit
