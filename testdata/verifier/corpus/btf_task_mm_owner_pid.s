# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r2 = *(u64 *)(r1 + 8)
	r3 = *(u64 *)(r2 + 1136)
	r4 = *(u64 *)(r3 + 1296)
	r0 = *(u32 *)(r4 + 1264)
	r0 = 0
	exit
