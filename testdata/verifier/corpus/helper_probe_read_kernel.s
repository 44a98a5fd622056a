# type: kprobe
	r3 = *(u64 *)(r1 + 0)
	r1 = r10
	r1 += -8
	r2 = 8
	call 113
	r0 = *(u64 *)(r10 - 8)
	exit
