# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r1 = 0
	call 175
	r0 = 0
	exit
