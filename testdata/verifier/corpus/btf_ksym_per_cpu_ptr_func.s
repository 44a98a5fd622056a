# type: kprobe
	call 8
	r2 = r0
	ld_pseudo r1, 3, 108488
	call 153
	r0 = 0
	exit
