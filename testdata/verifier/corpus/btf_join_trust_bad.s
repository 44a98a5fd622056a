# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r2 = *(u64 *)(r1 + 8)
	r3 = r2
	r4 = *(u32 *)(r2 + 1264)
	if r4 > 10 goto +1
	r3 = *(u64 *)(r2 + 1288)
	r1 = r3
	r2 = 8
	r3 = 0
	call 6
	r0 = 0
	exit
