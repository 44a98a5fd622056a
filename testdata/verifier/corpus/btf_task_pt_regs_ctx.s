# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	call 175
	r0 = 0
	exit
