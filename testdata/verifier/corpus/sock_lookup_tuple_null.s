# type: sched_cls
	r2 = 0
	r3 = 12
	r4 = 0
	r5 = 0
	call 84
	r0 = 0
	exit
