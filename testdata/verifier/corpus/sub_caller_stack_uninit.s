# type: socket_filter
	r1 = r10
	r1 += -8
	call f
	exit
f:
	r0 = *(u64 *)(r1 + 0)
	exit
