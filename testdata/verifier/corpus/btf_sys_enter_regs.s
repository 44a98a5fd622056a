# type: tracing; attach: trace_raw_tp; attach_btf: sys_enter
	r2 = *(u64 *)(r1 + 0)
	r0 = *(u64 *)(r2 + 128)
	r0 = 0
	exit
