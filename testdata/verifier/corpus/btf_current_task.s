# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	call 158
	r0 = *(u32 *)(r0 + 1264)
	r0 = 0
	exit
