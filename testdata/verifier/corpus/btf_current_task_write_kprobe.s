# type: kprobe
	call 158
	r1 = 1
	*(u32 *)(r0 + 1264) = r1
	r0 = 0
	exit
