# type: tracepoint
	r2 = *(u64 *)(r1 + 8)
	r1 = r10
	r1 += -16
	call 16
	r0 = 0
	exit
