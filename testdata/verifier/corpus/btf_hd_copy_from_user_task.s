# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r2 = *(u64 *)(r1 + 8)
	r4 = r2
	r1 = r10
	r1 += -8
	r2 = 8
	r3 = 0
	r5 = 0
	call 191
	r0 = 0
	exit
