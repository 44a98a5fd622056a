# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r0 = *(u32 *)(r1 + 24)
	r0 = 0
	exit
