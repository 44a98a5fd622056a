# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r2 = *(u64 *)(r1 + 8)
	r3 = *(u32 *)(r2 + 1264)
	r3 &= 8
	r2 += r3
	r0 = *(u32 *)(r2 + 0)
	r0 = 0
	exit
