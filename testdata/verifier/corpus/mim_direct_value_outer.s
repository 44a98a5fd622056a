# type: socket_filter; maps: array_of_maps:4:4:1(inner=array:4:8:1)
	ld_pseudo r1, 2, 0
	r0 = 0
	exit
