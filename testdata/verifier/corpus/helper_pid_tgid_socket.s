# type: socket_filter
	call 14
	exit
