# type: socket_filter
	r0 = 0x123456789abcdef0 ll
	r0 >>= 60
	exit
