# type: kprobe
	r3 = *(u64 *)(r1 + 0)
	r1 = r10
	r1 += -32
	r2 = 32
	call 114
	r0 = 0
	exit
