# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch; maps: ringbuf:0:0:4096
	r2 = *(u64 *)(r1 + 8)
	r2 += 1752
	r3 = 16
	r4 = 0
	r1 = r2
	r2 = r1
	ld_pseudo r1, 1, 0
	call 130
	r0 = 0
	exit
