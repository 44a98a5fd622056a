# type: socket_filter
	r0 = -20
	r0 s/= 3
	r0 s%= 4
	exit
