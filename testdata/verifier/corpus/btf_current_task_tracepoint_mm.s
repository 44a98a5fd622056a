# type: tracepoint
	call 158
	r0 = *(u64 *)(r0 + 1136)
	r0 = 0
	exit
