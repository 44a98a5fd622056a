# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch; maps: hash:8:8:4
	r2 = *(u64 *)(r1 + 8)
	ld_pseudo r1, 1, 0
	call 1
	r0 = 0
	exit
