# type: tracing; attach: trace_raw_tp; attach_btf: sched_process_exec
	r2 = *(u64 *)(r1 + 16)
	r3 = *(u64 *)(r2 + 64)
	call 2000
	r0 = 0
	exit
