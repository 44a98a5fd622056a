# type: socket_filter
	r0 = 0
	r1 = 0
l:
	r0 += 2
	r1 += 1
	if r1 < 100 goto l
	exit
