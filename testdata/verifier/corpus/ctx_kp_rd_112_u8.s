# type: kprobe
	r0 = *(u8 *)(r1 + 112)
	exit
