# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r2 = *(u64 *)(r1 + 8)
	r6 = 0
	r2 = *(u64 *)(r2 + 1288)
	r0 = *(u32 *)(r2 + 1264)
	r6 += 1
	if r6 < 4 goto -4
	r0 = 0
	exit
