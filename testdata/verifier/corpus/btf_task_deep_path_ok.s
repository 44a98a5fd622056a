# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r2 = *(u64 *)(r1 + 8)
	r3 = *(u32 *)(r2 + 1264)
	if r3 > 100 goto +2
	r0 = *(u32 *)(r2 + 1268)
	goto +1
	r0 = *(u32 *)(r2 + 1264)
	r0 = 0
	exit
