# type: socket_filter; maps: prog_array:4:4:4
	r2 = 0
	ld_pseudo r2, 1, 0
	r3 = 0
	call 12
	r0 = 0
	exit
