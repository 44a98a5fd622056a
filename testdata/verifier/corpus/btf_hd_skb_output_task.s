# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch; maps: perf_event_array:4:4:4
	r2 = *(u64 *)(r1 + 8)
	r1 = r2
	ld_pseudo r2, 1, 0
	r3 = 0
	r4 = r10
	r4 += -8
	r5 = 0
	call 111
	r0 = 0
	exit
