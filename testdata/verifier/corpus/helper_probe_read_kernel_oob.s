# type: kprobe
	r3 = *(u64 *)(r1 + 0)
	r1 = r10
	r1 += -8
	r2 = 16
	call 113
	r0 = 0
	exit
