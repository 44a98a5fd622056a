# type: tracing; attach: trace_raw_tp; attach_btf: sched_process_exec
	r0 = *(u32 *)(r1 + 8)
	r0 = 0
	exit
