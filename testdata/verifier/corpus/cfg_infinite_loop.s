# type: socket_filter
	r0 = 0
l:
	goto l
	exit
