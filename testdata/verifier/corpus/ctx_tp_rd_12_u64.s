# type: tracepoint
	r0 = *(u64 *)(r1 + 12)
	exit
