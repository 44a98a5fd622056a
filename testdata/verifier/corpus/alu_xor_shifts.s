# type: socket_filter
	r0 = 1
	r0 <<= 10
	r0 >>= 3
	r0 ^= 0xff
	r0 s>>= 1
	exit
