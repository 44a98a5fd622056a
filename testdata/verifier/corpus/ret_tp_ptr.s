# type: tracepoint
	r0 = r10
	exit
