# type: socket_filter
	r1 = 1
	r2 = 2
	call f
	r0 = r2
	exit
f:
	r0 = 1
	exit
