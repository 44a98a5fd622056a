# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch; maps: stack_trace:4:64:16
	ld_pseudo r2, 1, 0
	r3 = 0
	call 27
	r0 = 0
	exit
