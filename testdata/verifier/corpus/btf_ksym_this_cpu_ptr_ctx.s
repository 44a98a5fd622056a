# type: tracepoint
	call 154
	r0 = 0
	exit
