# type: socket_filter
	call f
	exit
f:
	call f
	exit
