# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r2 = *(u64 *)(r1 + 8)
	r1 = r2
	call f
	exit
f:
	r0 = *(u32 *)(r1 + 1264)
	exit
