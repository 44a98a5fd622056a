# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r2 = *(u64 *)(r1 + 8)
	r3 = *(u64 *)(r2 + 1280)
	if r3 == r2 goto +1
	r0 = 1
	r0 = 0
	exit
