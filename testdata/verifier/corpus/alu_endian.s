# type: socket_filter
	r0 = 0x1234
	r0 = be16 r0
	r0 = le32 r0
	r0 = bswap64 r0
	exit
