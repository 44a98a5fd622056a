# type: sched_cls
	call 86
	r0 = 0
	exit
