# type: sched_cls
	r1 = 0
	call 86
	r0 = 0
	exit
