# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r2 = *(u64 *)(r1 + 8)
	r3 = 1
	lock *(u32 *)(r2 + 1264) += r3
	r0 = 0
	exit
