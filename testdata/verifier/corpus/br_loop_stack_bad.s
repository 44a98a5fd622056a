# type: socket_filter
	r0 = 0
	r1 = 4
l:
	r1 -= 1
	if r1 != 0 goto l
	r0 = *(u64 *)(r10 - 8)
	exit
