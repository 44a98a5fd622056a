# type: kprobe
	r3 = *(u64 *)(r1 + 0)
	r1 = r10
	r1 += -16
	r2 = 16
	call 115
	if r0 s< 0 goto +4
	r1 = r10
	r1 += -16
	r1 += r0
	r0 = *(u8 *)(r1 + 0)
	r0 = 0
	exit
