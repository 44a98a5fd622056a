# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r0 = *(u8 *)(r1 + 0)
	r0 = 0
	exit
