# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	call 158
	r1 = *(u64 *)(r0 + 1136)
	if r1 == 0 goto +1
	r0 = *(u64 *)(r1 + 1296)
	r0 = 0
	exit
