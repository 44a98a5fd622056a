# type: sched_cls
	r6 = r1
	r1 = *(u64 *)(r6 + 168)
	call 95
	r0 = 0
	exit
