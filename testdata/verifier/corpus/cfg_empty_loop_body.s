# type: socket_filter
	r0 = 0
l:
	if r0 == 0 goto l
	exit
