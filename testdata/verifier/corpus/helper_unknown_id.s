# type: socket_filter
	call 9999
	exit
