# type: tracepoint
	r2 = 16
	call 16
	r0 = 0
	exit
