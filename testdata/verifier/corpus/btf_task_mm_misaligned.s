# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r2 = *(u64 *)(r1 + 8)
	r0 = *(u64 *)(r2 + 1140)
	r0 = 0
	exit
