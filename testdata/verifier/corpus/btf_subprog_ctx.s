# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	call f
	exit
f:
	r0 = *(u64 *)(r1 + 8)
	r0 = *(u32 *)(r0 + 1264)
	exit
