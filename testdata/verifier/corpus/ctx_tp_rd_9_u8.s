# type: tracepoint
	r0 = *(u8 *)(r1 + 9)
	exit
