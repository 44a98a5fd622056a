# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r0 = *(u16 *)(r1 + 10)
	r0 = 0
	exit
