# type: socket_filter
	call f
	r0 = *(u64 *)(r0 + 0)
	exit
f:
	r0 = r10
	r0 += -8
	exit
