# type: tracing; attach: trace_raw_tp; attach_btf: sched_process_fork
	r2 = *(u64 *)(r1 + 8)
	r0 = *(u8 *)(r2 + 1752)
	r0 = 0
	exit
