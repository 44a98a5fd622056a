# type: socket_filter
	call 5
	exit
