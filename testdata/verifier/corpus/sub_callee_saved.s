# type: socket_filter
	r6 = 3
	r1 = 1
	call f
	r0 += r6
	exit
f:
	r6 = 9
	r0 = r6
	exit
