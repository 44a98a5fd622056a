# type: socket_filter
	r0 = 0
	if r0 == 0 goto +2
	call f
	exit
	exit
f:
	r0 = 1
	exit
