# type: tracepoint
	call 14
	exit
