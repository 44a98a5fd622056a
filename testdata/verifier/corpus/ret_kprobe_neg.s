# type: kprobe
	r0 = -1
	exit
