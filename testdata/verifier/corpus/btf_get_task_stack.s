# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r2 = *(u64 *)(r1 + 8)
	r1 = r2
	r2 = r10
	r2 += -64
	r3 = 64
	r4 = 0
	call 141
	r0 = 0
	exit
