# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r0 = *(u64 *)(r1 + 88)
	r0 = 0
	exit
