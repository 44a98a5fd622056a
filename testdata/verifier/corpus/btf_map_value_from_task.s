# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch; maps: hash:4:8:16
	r2 = *(u64 *)(r1 + 8)
	r3 = *(u32 *)(r2 + 1264)
	*(u32 *)(r10 - 4) = r3
	r2 = r10
	r2 += -4
	ld_pseudo r1, 1, 0
	call 1
	if r0 == 0 goto +1
	r0 = *(u64 *)(r0 + 0)
	r0 = 0
	exit
