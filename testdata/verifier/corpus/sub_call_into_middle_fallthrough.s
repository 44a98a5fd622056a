# type: socket_filter
	r0 = 0
	call f
f:
	r0 = 1
	exit
