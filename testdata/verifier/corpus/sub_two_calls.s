# type: socket_filter
	r1 = 1
	call f
	r1 = r0
	call f
	exit
f:
	r0 = r1
	r0 *= 3
	exit
