# type: tracepoint
	call 35
	r0 = 0
	exit
