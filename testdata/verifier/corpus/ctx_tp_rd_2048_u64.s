# type: tracepoint
	r0 = *(u64 *)(r1 + 2048)
	exit
