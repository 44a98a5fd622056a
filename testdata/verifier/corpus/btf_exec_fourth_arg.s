# type: tracing; attach: trace_raw_tp; attach_btf: sched_process_exec
	r0 = *(u64 *)(r1 + 24)
	r0 = 0
	exit
