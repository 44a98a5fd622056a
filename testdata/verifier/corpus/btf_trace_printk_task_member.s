# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r2 = *(u64 *)(r1 + 8)
	r1 = r2
	r1 += 1264
	r2 = 8
	r3 = 0
	call 6
	r0 = 0
	exit
