# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	call 158
	r1 = r0
	call 175
	r0 = *(u64 *)(r0 + 128)
	r0 = 0
	exit
