# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r2 = *(u64 *)(r1 + 8)
	r3 = *(u64 *)(r2 + 32)
	r0 = *(u64 *)(r3 + 0)
	r0 = 0
	exit
