# type: socket_filter
	r1 = 0xff
	r0 = (s8)r1
	w0 = (s16)w1
	r0 = (s32)r1
	exit
