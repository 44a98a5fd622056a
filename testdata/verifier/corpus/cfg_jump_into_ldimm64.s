# type: socket_filter
	r0 = 0
	if r0 == 0 goto +1
	r1 = 0x1122334455667788 ll
	exit
