# type: socket_filter
	r1 = 4
	ld_pseudo r2, 4, 6
	r3 = 0
	r4 = 0
	call 181
	r0 = 0
	exit
	r0 = 0
	exit
