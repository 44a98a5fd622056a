# type: socket_filter
	r1 = 1
	call f
	exit
f:
	exit
