# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r2 = *(u64 *)(r1 + 8)
	r3 = r2
	r3 += 1752
	r1 = r10
	r1 += -16
	r2 = 16
	call 45
	r0 = 0
	exit
