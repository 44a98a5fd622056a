# type: xdp
	r0 = 12345
	exit
