# type: sched_cls
	r1 = 0
	call 95
	r0 = 0
	exit
