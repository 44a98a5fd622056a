# type: tracing; attach: trace_raw_tp
	r0 = 0
	exit
