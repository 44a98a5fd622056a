# type: socket_filter
	call 8
	exit
