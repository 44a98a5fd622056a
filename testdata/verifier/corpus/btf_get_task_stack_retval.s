# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	r2 = *(u64 *)(r1 + 8)
	r1 = r2
	r2 = r10
	r2 += -64
	r3 = 64
	r4 = 0
	call 141
	if r0 s< 0 goto +4
	r1 = r10
	r1 += -64
	r1 += r0
	r0 = *(u8 *)(r1 + 0)
	r0 = 0
	exit
