# type: perf_event
	r2 = *(u32 *)(r1 + 172)
	r0 = 0
	exit
