# type: socket_filter
	r0 = 0
	r1 = 10
l:
	r0 += r1
	r1 -= 1
	if r1 != 0 goto l
	exit
