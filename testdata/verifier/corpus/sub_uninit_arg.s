# type: socket_filter
	call f
	exit
f:
	r0 = r2
	exit
