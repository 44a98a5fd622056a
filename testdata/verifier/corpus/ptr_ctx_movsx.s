# type: socket_filter
	r2 = (s32)r1
	r0 = 0
	exit
