# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r2 = *(u64 *)(r1 + 8)
	r1 = *(u64 *)(r2 + 1288)
	call 175
	r0 = 0
	exit
