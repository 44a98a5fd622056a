# type: perf_event
	r2 = *(u64 *)(r1 + 176)
	r0 = 0
	exit
